package io.vetted.web.diligence;

import io.vetted.web.FakeServices;
import java.util.UUID;

/** A buyer's shortlist of two providers as buyer-, vendor- and review-service answer it. */
final class PackFixtures {

    private PackFixtures() {}

    static FakeServices shortlistWithTwoProviders(FakeServices services, UUID list) {
        UUID fast = UUID.randomUUID();
        UUID slow = UUID.randomUUID();
        return services.answer("/api/buyer/shortlists/" + list, """
                        {"id":"%s","name":"Infogérance du cabinet","shared":false,"createdAt":"2026-11-02T09:00:00Z",
                         "entries":[
                          {"providerId":"%s","note":"Appeler avant vendredi","status":"TO_CONTACT",
                           "addedAt":"2026-11-02T09:00:00Z","updatedAt":"2026-11-02T09:00:00Z"},
                          {"providerId":"%s","status":"REJECTED","rejectionReason":"Pas d’astreinte",
                           "addedAt":"2026-11-02T09:00:00Z","updatedAt":"2026-11-03T09:00:00Z"}]}""".formatted(list, fast, slow))
                .answer("/api/buyer/requirements", """
                        {"fleet":{"users":14,"workstations":16,"servers":2},"departments":["69"],
                         "specialties":["HELPDESK","BACKUP_RECOVERY"],"afterHours":"ON_CALL",
                         "maxCriticalResponseMinutes":240,
                         "certifications":[{"certification":"ISO_27001","level":"VERIFIED_ONLY"}],
                         "maxMonthlyBudgetEur":1500,"subcontractingAcceptable":false,"version":3}""")
                .answer(
                        "/api/providers/" + fast,
                        provider(fast, "Rhône Info Services", 60, "ON_CALL", false, "VERIFIED", """
                        "dueDiligence":{"sectors":[],"dataProtection":"Chiffrement des postes et des sauvegardes, hébergement en France.",
                         "version":1},"""))
                .answer(
                        "/api/providers/" + slow,
                        provider(slow, "Alpes Réseaux", 480, "NONE", true, "SELF_DECLARED", ""))
                .answer("/api/providers/" + fast + "/reputation", """
                        {"version":4,"referenceCount":8,"verifiedReferenceCount":5,
                         "labels":{"INVITED_BY_PROVIDER":3,"CLIENT_VERIFIED":5},"averageRating":4.4,
                         "currentClientCount":6,"criteria":{},"distribution":[0,0,1,2,5]}""");
    }

    private static String provider(
            UUID id, String name, int critical, String afterHours, boolean subcontracts, String claim, String extra) {
        return """
                {"id":"%s","name":"%s","kind":"AGENCY","deliveryModes":["ON_SITE"],"city":"Lyon",
                 "specialties":["HELPDESK"],"description":"","version":2,"status":"PUBLISHED",%s
                 "offers":[{"id":"%s","title":"Infogérance des postes","pricingModel":"MONTHLY_FIXED",
                   "priceUnit":"PER_SEAT","priceEur":45,"minimumCommitmentMonths":12,"priceChangeNoticeDays":60,
                   "version":1,"flags":{"raisedPercentLast12Months":12.5,"raisedWithShortNotice":false},
                   "priceHistory":[{"priceEur":40,"effectiveFrom":"2025-09-01","announcedAt":"2025-07-01T08:00:00Z",
                     "promisedNoticeDays":60,"shortNotice":false}]}],
                 "sla":{"afterHours":"%s","criticalResponseMinutes":%d,"availabilityPercent":99.5,
                   "serviceCredits":"","version":1},
                 "subcontracting":{"subcontracts":%s,"activities":"Câblage confié à un partenaire","version":1},
                 "compliance":[{"topic":"ISO_27001","certification":true,"evidence":"Certificat","status":"%s","version":1}]}""".formatted(id, name, extra, UUID.randomUUID(), afterHours, critical, subcontracts, claim);
    }
}
