package io.vetted.buyer.quote;

import java.util.ArrayList;
import java.util.List;

/** Compares an answer with the public profile; a figure the profile does not publish flags nothing. */
final class Contradictions {

    private Contradictions() {}

    static List<Contradiction> of(QuotePayloads.Answer answer, QuotePayloads.Profile profile) {
        List<Contradiction> found = new ArrayList<>();
        if (profile.criticalResponseMinutes() != null
                && answer.criticalResponseMinutes() > profile.criticalResponseMinutes()) {
            found.add(Contradiction.SLOWER_CRITICAL_RESPONSE);
        }
        if (profile.afterHours() != null && answer.afterHours().compareTo(profile.afterHours()) < 0) {
            found.add(Contradiction.LESS_AFTER_HOURS);
        }
        if (profile.monthlyToEur() != null
                && answer.monthlyAmountEur() != null
                && answer.monthlyAmountEur().compareTo(profile.monthlyToEur()) > 0) {
            found.add(Contradiction.ABOVE_PUBLISHED_PRICE);
        }
        if (profile.priceChangeNoticeDays() != null
                && answer.priceChangeNoticeDays() < profile.priceChangeNoticeDays()) {
            found.add(Contradiction.SHORTER_PRICE_NOTICE);
        }
        return found;
    }
}
