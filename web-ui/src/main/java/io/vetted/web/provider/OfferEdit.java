package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorModels;
import java.time.LocalDate;

/**
 * The offer form and, when changing one, the offer as it stands (with its price history);
 * {@code shortNoticeWarned}: the owner was told the new price rises with less notice than
 * promised, and the form asks them to confirm it.
 */
public record OfferEdit(OfferForm form, @Nullable VendorModels.Offer offer, boolean shortNoticeWarned) {

    public OfferEdit(OfferForm form, @Nullable VendorModels.Offer offer) {
        this(form, offer, false);
    }

    /** The notice a rise announced today owes (the promise in force, not a lowered one not yet running). */
    public int noticeOwed() {
        return offer == null || offer.noticeInForceDays() == null
                ? (offer == null ? 0 : offer.priceChangeNoticeDays())
                : offer.noticeInForceDays();
    }

    /** The first day a rise announced today may take effect without being flagged. */
    public LocalDate noticeKeptFrom() {
        return LocalDate.now(PriceChanges.PARIS).plusDays(noticeOwed());
    }
}
