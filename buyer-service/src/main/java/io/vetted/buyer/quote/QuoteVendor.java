package io.vetted.buyer.quote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.context.ServerRequestContext;
import io.vetted.buyer.requirements.RequirementsRequest;
import io.vetted.buyer.vendor.VendorUnavailableException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** vendor-service as quote requests need it; outages become {@link VendorUnavailableException} (503). */
@Singleton
class QuoteVendor {

    private final QuoteVendorClient vendor;

    QuoteVendor(QuoteVendorClient vendor) {
        this.vendor = vendor;
    }

    /** The published provider's name, or null when it is no longer published. */
    @Nullable
    String publishedName(UUID providerId) {
        try {
            var profile = vendor.provider(providerId);
            return profile == null ? null : profile.name();
        } catch (HttpClientException e) {
            throw new VendorUnavailableException(e);
        }
    }

    /**
     * The provider the caller acts for, asked with the caller's own bearer token (vendor-service
     * decides who belongs to a team); null when the caller has no provider.
     */
    @Nullable
    UUID callersProvider() {
        String authorization = ServerRequestContext.currentRequest()
                .flatMap(request -> request.getHeaders().getAuthorization())
                .orElseThrow(() -> new IllegalStateException("inbox routes are authenticated by a bearer token"));
        try {
            var mine = vendor.mine(authorization);
            return mine == null ? null : mine.id();
        } catch (HttpClientException e) {
            throw new VendorUnavailableException(e);
        }
    }

    /** The public figures to compare an answer with, or null when vendor-service cannot say. */
    @Nullable
    QuotePayloads.Profile profile(UUID providerId, @Nullable RequirementsRequest.Fleet fleet) {
        try {
            var profile = vendor.provider(providerId);
            if (profile == null) {
                return null;
            }
            var fleetOrNone = Objects.requireNonNullElse(fleet, new RequirementsRequest.Fleet(null, null, null));
            List<BigDecimal> monthly = vendor
                    .estimate(providerId, fleetOrNone.users(), fleetOrNone.workstations(), fleetOrNone.servers())
                    .providers()
                    .stream()
                    .flatMap(p -> p.offers().stream())
                    .filter(o -> "MONTHLY_FIXED".equals(o.pricingModel()) && o.monthlyEur() != null)
                    .map(QuoteVendorClient.OfferEstimate::monthlyEur)
                    .sorted()
                    .toList();
            Integer notice = Objects.requireNonNullElse(profile.offers(), List.<QuoteVendorClient.Offer>of()).stream()
                    .map(QuoteVendorClient.Offer::priceChangeNoticeDays)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            var sla = profile.sla();
            return new QuotePayloads.Profile(
                    sla == null ? null : sla.criticalResponseMinutes(),
                    sla == null ? null : sla.afterHours(),
                    monthly.isEmpty() ? null : monthly.get(0),
                    monthly.isEmpty() ? null : monthly.get(monthly.size() - 1),
                    notice);
        } catch (HttpClientException e) {
            // the answers still show; only the comparison is missing
            return null;
        }
    }
}
