package io.vetted.vendor.offer;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.ProfileAccess;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.search.SearchIndex;
import io.vetted.vendor.watch.WatchEvents;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Offers and their prices. A price change is owed the notice in force when it is announced (see
 * {@link NoticePromises}): whatever the same edit says about the notice applies to later changes.
 */
@Singleton
public class OfferService {

    private final OfferRepository offers;
    private final OfferPriceRepository prices;
    private final OfferCreation creation;
    private final OfferViews views;
    private final ProfileAccess access;
    private final SearchIndex search;
    private final WatchEvents watch;

    OfferService(
            OfferRepository offers,
            OfferPriceRepository prices,
            OfferCreation creation,
            OfferViews views,
            ProfileAccess access,
            SearchIndex search,
            WatchEvents watch) {
        this.offers = offers;
        this.prices = prices;
        this.creation = creation;
        this.views = views;
        this.access = access;
        this.search = search;
        this.watch = watch;
    }

    /** Adds offers to a profile being created; {@code fieldPrefix} names them as the request did. */
    @Transactional
    public void addAll(Provider provider, List<OfferRequest> requests, String fieldPrefix) {
        for (int i = 0; i < requests.size(); i++) {
            creation.insert(provider, requests.get(i), fieldPrefix + "[" + i + "].");
        }
    }

    @Transactional
    public OfferResponse create(UUID providerId, OfferRequest request) {
        Provider provider = access.requireEditable(providerId);
        Offer offer = creation.insert(provider, request, "");
        search.refresh(providerId);
        return views.view(offer);
    }

    @Transactional
    public OfferResponse update(UUID providerId, UUID offerId, OfferUpdate change) {
        Provider provider = access.requireEditable(providerId);
        Offer offer = activeOffer(providerId, offerId);
        LocalDate today = LocalDate.now(PriceHistory.PARIS);
        Instant now = Instant.now();
        PricingRules.checkPrice("", offer.pricingModel(), offer.priceUnit(), change.priceEur());
        int owed = new NoticePromises(prices.promises(offer.lineageId())).inForce(now);
        int notice =
                change.priceChangeNoticeDays() == null ? offer.priceChangeNoticeDays() : change.priceChangeNoticeDays();
        Offer updated = offers.update(offer.withTerms(
                change.title().strip(),
                text(change.included()),
                Objects.requireNonNullElse(change.minimumCommitmentMonths(), offer.minimumCommitmentMonths()),
                notice,
                null,
                change.version()));
        if (notice != offer.priceChangeNoticeDays()) {
            prices.promise(offerId, notice, now);
        }
        OfferPrice latest = prices.findByOfferId(offerId).stream()
                .max(Comparator.comparing(OfferPrice::effectiveFrom).thenComparing(OfferPrice::announcedAt))
                .orElse(null);
        if (change.priceEur() != null && (latest == null || latest.priceEur().compareTo(change.priceEur()) != 0)) {
            LocalDate from = change.priceEffectiveFrom() == null ? today : change.priceEffectiveFrom();
            if (from.isBefore(today) || from.isAfter(today.plusYears(2))) {
                throw ApiProblems.unprocessable(
                        "priceEffectiveFrom",
                        "a price change takes effect from today and within two years, never in the past");
            }
            OfferPrice added = prices.save(new OfferPrice(null, offerId, change.priceEur(), from, now, owed));
            if (latest != null) {
                watch.priceChanged(provider, PriceHistory.announcement(updated, latest, added));
            }
        }
        search.refresh(providerId);
        return views.view(updated);
    }

    /** Withdrawn, not deleted: its price history stays public for 12 months, and a re-created offer continues it. */
    @Transactional
    public void withdraw(UUID providerId, UUID offerId, long version) {
        Provider provider = access.requireEditable(providerId);
        Offer offer = activeOffer(providerId, offerId);
        if (provider.published() && offers.countByProviderIdAndWithdrawnAtIsNull(providerId) <= 1) {
            throw ApiProblems.unprocessable("offers", "a published profile keeps at least one offer");
        }
        offers.update(offer.withTerms(
                offer.title(),
                offer.included(),
                offer.minimumCommitmentMonths(),
                offer.priceChangeNoticeDays(),
                Instant.now(),
                version));
        search.refresh(providerId);
    }

    @ReadOnly
    public List<OfferResponse> activeOffers(UUID providerId) {
        return views.views(offers.findByProviderIdAndWithdrawnAtIsNullOrderByCreatedAt(providerId));
    }

    /** Offers withdrawn in the last 12 months and not re-created, newest first: their history stays public. */
    @ReadOnly
    public List<OfferResponse> recentlyWithdrawnOffers(UUID providerId) {
        return views.views(offers.withdrawnSince(providerId, OfferCreation.continuationWindowStart()));
    }

    @ReadOnly
    public boolean hasActiveOffers(UUID providerId) {
        return offers.countByProviderIdAndWithdrawnAtIsNull(providerId) > 0;
    }

    private Offer activeOffer(UUID providerId, UUID offerId) {
        return offers.findByIdAndProviderIdAndWithdrawnAtIsNull(offerId, providerId)
                .orElseThrow(() -> ApiProblems.notFound("No offer " + offerId + " on provider " + providerId));
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
