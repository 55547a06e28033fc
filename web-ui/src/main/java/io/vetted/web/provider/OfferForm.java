package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.security.CsrfForm;
import java.util.HashMap;
import java.util.Map;

/**
 * A new offer, or a change to one ({@code version} set): a price different from today's joins the
 * history from {@code priceEffectiveFrom} (a date, today when left empty).
 */
@Serdeable
public record OfferForm(
        @Nullable String csrfToken,
        @Nullable Long version,
        @Nullable String title,
        @Nullable String pricingModel,
        @Nullable String priceUnit,
        @Nullable String priceEur,
        @Nullable String priceEffectiveFrom,
        @Nullable String included,
        @Nullable String minimumCommitmentMonths,
        @Nullable String priceChangeNoticeDays,
        @Nullable String confirmShortNotice)
        implements CsrfForm {

    public static final OfferForm EMPTY =
            new OfferForm(null, null, "", "MONTHLY_FIXED", "FLAT", "", "", "", "0", "30", null);

    static OfferForm of(VendorModels.Offer offer) {
        return new OfferForm(
                null,
                offer.version(),
                offer.title(),
                offer.pricingModel(),
                offer.priceUnit(),
                FormValues.show(offer.upcoming() != null ? offer.upcoming().priceEur() : offer.priceEur()),
                "",
                offer.included(),
                String.valueOf(offer.minimumCommitmentMonths()),
                String.valueOf(offer.priceChangeNoticeDays()),
                null);
    }

    OfferForm withVersion(long fresh) {
        return new OfferForm(
                csrfToken,
                fresh,
                title,
                pricingModel,
                priceUnit,
                priceEur,
                priceEffectiveFrom,
                included,
                minimumCommitmentMonths,
                priceChangeNoticeDays,
                confirmShortNotice);
    }

    /** The owner ticked that a rise with less notice than promised is meant. */
    public boolean shortNoticeConfirmed() {
        return "true".equals(confirmShortNotice);
    }

    Map<String, Object> newOffer() {
        Map<String, Object> body = terms();
        body.put("pricingModel", FormValues.text(pricingModel));
        body.put("priceUnit", "MONTHLY_FIXED".equals(pricingModel) ? FormValues.text(priceUnit) : null);
        return body;
    }

    Map<String, Object> change() {
        Map<String, Object> body = terms();
        body.put("version", version);
        body.put("priceEffectiveFrom", FormValues.text(priceEffectiveFrom));
        return body;
    }

    private Map<String, Object> terms() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", FormValues.orEmpty(title));
        body.put("priceEur", "PROJECT".equals(pricingModel) ? null : FormValues.price(priceEur));
        body.put("included", FormValues.orEmpty(included));
        body.put("minimumCommitmentMonths", FormValues.number(minimumCommitmentMonths));
        body.put("priceChangeNoticeDays", FormValues.number(priceChangeNoticeDays));
        return body;
    }

    public String text(@Nullable String value) {
        return FormValues.orEmpty(value);
    }
}
