package io.vetted.vendor.offer;

import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.Provider;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A new offer, or the continuation of one withdrawn in the last 12 months for the same specialty
 * and pricing model: then its first price is a change of the withdrawn one's last price, owed the
 * notice that offer promised, and its history and first appearance on Vetted are the lineage's.
 */
@Singleton
class OfferCreation {

    private final OfferRepository offers;
    private final OfferPriceRepository prices;

    OfferCreation(OfferRepository offers, OfferPriceRepository prices) {
        this.offers = offers;
        this.prices = prices;
    }

    static Instant continuationWindowStart() {
        return ZonedDateTime.now(PriceHistory.PARIS).minusMonths(12).toInstant();
    }

    Offer insert(Provider provider, OfferRequest request, String prefix) {
        PriceUnit unit = PricingRules.check(prefix, request.pricingModel(), request.priceUnit(), request.priceEur());
        String specialty =
                request.specialty() == null ? null : request.specialty().name();
        if (specialty != null && !Arrays.asList(provider.specialties()).contains(specialty)) {
            throw ApiProblems.unprocessable(prefix + "specialty", "is not one of the profile's specialties");
        }
        int notice = Objects.requireNonNullElse(request.priceChangeNoticeDays(), 30);
        Instant now = Instant.now();
        Optional<Offer> predecessor = offers.predecessor(
                provider.id(),
                continuationWindowStart(),
                request.pricingModel().name(),
                unit == null ? null : unit.name(),
                specialty);
        Instant onVettedSince = predecessor.map(Offer::onVettedSince).orElse(now);
        LocalDate firstDay = onVettedSince.atZone(PriceHistory.PARIS).toLocalDate();
        LocalDate since = request.priceSince() == null ? LocalDate.now(PriceHistory.PARIS) : request.priceSince();
        if (since.isBefore(firstDay)) {
            throw ApiProblems.unprocessable(
                    prefix + "priceSince",
                    "cannot be earlier than the offer's first appearance on Vetted (" + firstDay + ")");
        }
        int owed = predecessor
                .map(p -> new NoticePromises(prices.promises(p.lineageId())).inForce(now))
                .orElse(notice);
        UUID id = UUID.randomUUID();
        Offer offer = offers.save(new Offer(
                id,
                provider.id(),
                request.title().strip(),
                request.pricingModel(),
                unit,
                OfferService.text(request.included()),
                Objects.requireNonNullElse(request.minimumCommitmentMonths(), 0),
                notice,
                null,
                specialty,
                predecessor.map(Offer::lineageId).orElse(id),
                predecessor.map(Offer::id).orElse(null),
                onVettedSince,
                null,
                null,
                null));
        prices.promise(offer.id(), notice, now);
        if (request.priceEur() != null) {
            prices.save(new OfferPrice(null, offer.id(), request.priceEur(), since, now, owed));
        }
        return offer;
    }
}
