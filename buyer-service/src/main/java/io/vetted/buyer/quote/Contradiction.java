package io.vetted.buyer.quote;

/** Where an answer promises less than the provider's public profile; each names the answer's field. */
public enum Contradiction {
    /** The answer's critical response time is slower than the published SLA. */
    SLOWER_CRITICAL_RESPONSE("criticalResponseMinutes"),
    /** The answer offers less after-hours cover than the published SLA. */
    LESS_AFTER_HOURS("afterHours"),
    /** The monthly amount is above every published monthly fee for the buyer's fleet. */
    ABOVE_PUBLISHED_PRICE("monthlyAmountEur"),
    /** The notice before a price change is shorter than every offer promises. */
    SHORTER_PRICE_NOTICE("priceChangeNoticeDays");

    private final String field;

    Contradiction(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
