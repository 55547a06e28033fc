package io.vetted.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Plausible client references for review-service, reproducible from a seed: an engagement that
 * fits the services bought, ratings per criterion that agree with the overall rating, facts a
 * client would notice, and words a French SME would write.
 */
final class ReferencesGenerator {

    static final List<String> CRITERIA = List.of(
            "OBJECTIVES",
            "RESPONSIVENESS",
            "AFTER_HOURS",
            "PROFESSIONALISM",
            "COMMUNICATION",
            "BILLING",
            "DATA_SECURITY");

    private static final List<String> OPENINGS = List.of(
            "Nous travaillons avec eux pour notre parc de %d postes.",
            "Ils ont repris l'infogérance de nos %d postes après un prestataire décevant.",
            "Contrat au forfait mensuel pour %d utilisateurs répartis sur deux sites.",
            "Mission ponctuelle puis contrat de maintenance pour %d postes.");
    private static final List<String> PRAISE = List.of(
            "Intervention rapide lors de notre panne de serveur, un vendredi soir.",
            "Le forfait mensuel est clair : pas de surprise sur la facture.",
            "La migration vers Microsoft 365 s'est faite sans interrompre l'activité.",
            "Compte rendu mensuel détaillé des tickets, très utile pour piloter.",
            "Technicien patient et pédagogue avec nos équipes.",
            "Le SLA est respecté : réponse en moins d'une heure sur les incidents critiques.",
            "Sauvegardes testées chaque mois, restauration réussie quand nous en avons eu besoin.");
    private static final List<String> CRITICISM = List.of(
            "Difficile à joindre en dehors des heures de bureau.",
            "Le tarif a augmenté en cours d'année avec un préavis très court.",
            "Certaines interventions ont été sous-traitées sans nous prévenir.",
            "Les délais annoncés n'ont pas toujours été tenus.",
            "La documentation de notre réseau était incomplète à la fin du contrat.");
    private static final List<String> REPLIES = List.of(
            "Merci pour ce retour ; nous avons renforcé l'astreinte du soir depuis.",
            "Merci ! Toute l'équipe est ravie de vous accompagner.",
            "Nous regrettons ce délai : un interlocuteur dédié suit désormais votre compte.",
            "Merci pour votre confiance, à bientôt pour le point trimestriel.");
    private static final List<String> SERVICES = List.of(
            "HELPDESK",
            "NETWORKS",
            "SERVERS_INFRASTRUCTURE",
            "CLOUD_SAAS",
            "CYBERSECURITY",
            "BACKUP_RECOVERY",
            "HARDWARE",
            "TELEPHONY_VOIP");

    private final Random random;

    ReferencesGenerator(Random random) {
        this.random = random;
    }

    /** A reference body as review-service's {@code ReferenceRequest} takes it. */
    Map<String, Object> reference(String company) {
        int rating = random.nextInt(100) < 70 ? 4 + random.nextInt(2) : 2 + random.nextInt(2);
        LocalDate today = LocalDate.now(FrenchMarket.PARIS);
        LocalDate start = today.minusMonths(3 + random.nextInt(60));
        boolean ended = random.nextInt(100) < 35;
        Map<String, Object> engagement = new HashMap<>();
        engagement.put("services", services());
        engagement.put("mode", List.of("REMOTE", "ON_SITE", "HYBRID").get(random.nextInt(3)));
        engagement.put("start", start.toString());
        if (ended) {
            LocalDate end = start.plusMonths(2 + random.nextInt(24));
            engagement.put("end", (end.isBefore(today) ? end : today.minusDays(7)).toString());
        }
        engagement.put(
                "monthlyCostBand",
                List.of("UNDER_500", "FROM_500_TO_1500", "FROM_1500_TO_5000").get(random.nextInt(3)));
        engagement.put("teamSize", 1 + random.nextInt(6));
        boolean priceIncrease = rating <= 3 && random.nextInt(100) < 40;
        Map<String, Object> body = new HashMap<>();
        body.put("company", Map.of("name", company));
        body.put("engagement", engagement);
        body.put("rating", rating);
        body.put("criteria", criteria(rating, priceIncrease));
        body.put("wouldRecommend", rating >= 4 || (rating == 3 && random.nextBoolean()));
        body.put(
                "facts",
                Map.of(
                        "unannouncedPriceIncrease",
                        priceIncrease,
                        "subcontracting",
                        List.of("NO", "NO", "UNKNOWN", "YES").get(random.nextInt(4)),
                        "afterHoursIncident",
                        List.of("YES", "NEVER_NEEDED", rating >= 4 ? "YES" : "NO")
                                .get(random.nextInt(3))));
        body.put("comment", comment(rating));
        body.put("contactAllowed", random.nextInt(100) < 60);
        return body;
    }

    String reply() {
        return pick(REPLIES);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private List<String> services() {
        Set<String> services = new LinkedHashSet<>();
        int count = 1 + random.nextInt(3);
        while (services.size() < count) {
            services.add(pick(SERVICES));
        }
        return new ArrayList<>(services);
    }

    /** Most criteria rated, each within one star of the overall rating; billing drops after a price rise. */
    private Map<String, Integer> criteria(int rating, boolean priceIncrease) {
        Map<String, Integer> criteria = new LinkedHashMap<>();
        for (String criterion : CRITERIA) {
            if (random.nextInt(100) < 80) {
                int value = rating + random.nextInt(3) - 1;
                if (criterion.equals("BILLING") && priceIncrease) {
                    value = 1 + random.nextInt(2);
                }
                criteria.put(criterion, Math.max(1, Math.min(5, value)));
            }
        }
        return criteria;
    }

    private String comment(int rating) {
        StringBuilder comment = new StringBuilder(String.format(pick(OPENINGS), 5 + random.nextInt(45)));
        comment.append(' ').append(pick(PRAISE));
        if (rating <= 3) {
            comment.append(' ').append(pick(CRITICISM));
        } else if (random.nextBoolean()) {
            comment.append(' ').append(pick(PRAISE));
        }
        return comment.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
