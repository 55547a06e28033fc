package io.vetted.buyer.watch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The alert in French and English, with the figures: a price change gives the offer, old and new
 * price, the change in percent, the date it applies from and whether the promised notice was kept;
 * an SLA change the old and new response time; a claim the one that lost its verification; a low
 * rating its stars.
 */
final class AlertTexts {

    record Texts(String subjectFr, String subjectEn, String bodyFr, String bodyEn) {}

    private static final DateTimeFormatter DAY_FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Map<String, String> SEVERITY_FR =
            Map.of("critical", "critiques", "high", "de priorité haute", "normal", "de priorité normale");
    private static final Map<String, String> SEVERITY_EN =
            Map.of("critical", "critical", "high", "high-priority", "normal", "normal-priority");

    private AlertTexts() {}

    static Texts of(WatchEventRequest event) {
        String name = event.providerName();
        Texts texts = switch (event.kind()) {
            case PRICE_CHANGED -> price(name, event.price());
            case SLA_LOWERED -> sla(name, event.sla());
            case CLAIM_UNVERIFIED -> claim(name, event.claim());
            case PROVIDER_PUBLISHED -> throw new IllegalArgumentException("a publication is a saved-search alert");
            case LOW_RATING -> rating(name, event.rating());
        };
        return new Texts(
                cut(texts.subjectFr(), 200),
                cut(texts.subjectEn(), 200),
                cut(texts.bodyFr(), 5000),
                cut(texts.bodyEn(), 5000));
    }

    private static Texts price(String name, WatchEventRequest.PriceChange p) {
        BigDecimal percent = p.changePercent() != null
                ? p.changePercent()
                : p.newPriceEur()
                        .subtract(p.oldPriceEur())
                        .multiply(BigDecimal.valueOf(100))
                        .divide(p.oldPriceEur(), 1, RoundingMode.HALF_UP);
        boolean rise = percent.signum() > 0;
        String given = p.noticeDays() == null ? "" : " (" + p.noticeDays();
        String noticeFr = p.noticeKept()
                ? "respecté" + (given.isEmpty() ? "" : given + " jours donnés, " + p.promisedNoticeDays() + " promis)")
                : "plus court que les " + p.promisedNoticeDays() + " jours promis"
                        + (given.isEmpty() ? "" : given + " jours donnés)");
        String noticeEn = p.noticeKept()
                ? "notice kept"
                        + (given.isEmpty() ? "" : given + " days given, " + p.promisedNoticeDays() + " promised)")
                : "shorter than the promised " + p.promisedNoticeDays() + " days"
                        + (given.isEmpty() ? "" : given + " days given)");
        String pctFr = String.format(Locale.FRANCE, "%+.1f %%", percent);
        String pctEn = String.format(Locale.ENGLISH, "%+.1f%%", percent);
        return new Texts(
                name + " : prix de « " + p.offerTitle() + " » en " + (rise ? "hausse" : "baisse") + " (" + pctFr + ")",
                name + ": price of \"" + p.offerTitle() + "\" " + (rise ? "up" : "down") + " (" + pctEn + ")",
                name + " change le prix de son offre « " + p.offerTitle() + " » : " + eurFr(p.oldPriceEur()) + " → "
                        + eurFr(p.newPriceEur()) + " (" + pctFr + "), à partir du " + DAY_FR.format(p.effectiveFrom())
                        + ".\nPréavis : " + noticeFr + ".",
                name + " changes the price of its offer \"" + p.offerTitle() + "\": " + eurEn(p.oldPriceEur()) + " → "
                        + eurEn(p.newPriceEur()) + " (" + pctEn + "), effective " + DAY_EN.format(p.effectiveFrom())
                        + ".\nNotice: " + noticeEn + ".");
    }

    private static Texts rating(String name, WatchEventRequest.Rating r) {
        return new Texts(
                name + " : nouvelle référence à " + r.stars() + "/5",
                name + ": new reference rated " + r.stars() + "/5",
                "Un client de " + name + " vient de publier une référence notée " + r.stars()
                        + " sur 5. Lisez-la, et la réponse du prestataire s'il en donne une, sur sa page.",
                "A client of " + name + " has just published a reference rated " + r.stars()
                        + " out of 5. Read it, and the provider's reply if it gives one, on its page.");
    }

    private static Texts sla(String name, WatchEventRequest.SlaChange s) {
        String severityFr = SEVERITY_FR.getOrDefault(s.severity(), s.severity());
        String severityEn = SEVERITY_EN.getOrDefault(s.severity(), s.severity());
        String newFr = s.newResponseMinutes() == null ? "aucun délai promis" : duration(s.newResponseMinutes());
        String newEn = s.newResponseMinutes() == null ? "no response time promised" : duration(s.newResponseMinutes());
        return new Texts(
                name + " abaisse son niveau de service",
                name + " lowers its service level",
                name + " change son délai de réponse aux incidents " + severityFr + " : "
                        + duration(s.oldResponseMinutes()) + " → " + newFr + ".",
                name + " changes its response time to " + severityEn + " incidents: " + duration(s.oldResponseMinutes())
                        + " → " + newEn + ".");
    }

    private static Texts claim(String name, WatchEventRequest.ClaimChange c) {
        String claim = c.topic().replace('_', ' ');
        return new Texts(
                name + " : " + claim + " n'est plus vérifié",
                name + ": " + claim + " no longer verified",
                "La déclaration « " + claim + " » de " + name + " n'est plus vérifiée par les modérateurs de Vetted "
                        + "(modifiée, retirée ou revue depuis).",
                "The \"" + claim + "\" claim of " + name + " is no longer verified by Vetted's moderators "
                        + "(changed, withdrawn or reviewed since).");
    }

    private static String duration(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }

    private static String eurFr(BigDecimal amount) {
        return String.format(Locale.FRANCE, "%,.2f €", amount);
    }

    private static String eurEn(BigDecimal amount) {
        return String.format(Locale.ENGLISH, "€%,.2f", amount);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
