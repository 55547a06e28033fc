package io.vetted.web.provider;

import java.time.LocalDate;

/** Profiles as vendor-service answers them, for web-ui's page tests. */
final class FakeProfiles {

    private FakeProfiles() {}

    /**
     * A published profile whose one monthly offer went from €450 to €490 100 days ago (announced 40
     * days ahead, 30 promised) and will rise to €540 in 10 days (announced today: short notice).
     */
    static String withScheduledRise(String profile, String owner, String offer, LocalDate today) {
        String history = point("450", today.minusDays(200), null, null, false) + ","
                + point("490", today.minusDays(100), "8.9", 40, false);
        String upcoming = point("540", today.plusDays(10), "10.2", 10, true);
        return "{\"id\":\"" + profile + "\",\"ownerAccountId\":\"" + owner
                + "\",\"name\":\"Agence Tarifs\",\"kind\":\"AGENCY\",\"version\":1,\"status\":\"PUBLISHED\","
                + "\"city\":\"Lyon\",\"description\":\"Infogérance.\",\"specialties\":[\"HELPDESK\"],"
                + "\"offers\":[{\"id\":\"" + offer + "\",\"title\":\"Forfait\",\"pricingModel\":\"MONTHLY_FIXED\","
                + "\"priceUnit\":\"FLAT\",\"priceEur\":490,\"included\":\"\",\"minimumCommitmentMonths\":0,"
                + "\"priceChangeNoticeDays\":30,\"noticeInForceDays\":30,\"version\":3,"
                + "\"onVettedSince\":\"" + today.minusDays(200) + "\","
                + "\"upcoming\":" + upcoming + ",\"priceHistory\":[" + history + "," + upcoming + "],"
                + "\"flags\":{\"raisedPercentLast12Months\":20.0,\"raisedWithShortNotice\":true}}]}";
    }

    private static String point(String price, LocalDate from, String change, Integer notice, boolean shortNotice) {
        return "{\"priceEur\":" + price + ",\"effectiveFrom\":\"" + from + "\",\"announcedAt\":\""
                + from.minusDays(notice == null ? 0 : notice) + "T09:00:00Z\",\"changePercent\":" + change
                + ",\"noticeDays\":" + notice + ",\"promisedNoticeDays\":30,\"shortNotice\":" + shortNotice + "}";
    }
}
