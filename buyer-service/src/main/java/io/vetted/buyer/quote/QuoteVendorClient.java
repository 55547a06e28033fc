package io.vetted.buyer.quote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What quote requests read from vendor-service: public figures, and which provider a caller acts for. */
@Client(id = "vendor")
interface QuoteVendorClient {

    /** @return the published profile, or null on 404 */
    @Nullable
    @Get("/api/providers/{id}")
    Profile provider(@PathVariable UUID id);

    /** The caller's own provider (owner or team member), asked with the caller's own token; null on 404. */
    @Nullable
    @Get("/api/providers/mine")
    Profile mine(@Header(HttpHeaders.AUTHORIZATION) String authorization);

    @Get("/api/estimates{?provider,users,workstations,servers}")
    Estimates estimate(
            @QueryValue UUID provider,
            @Nullable @QueryValue Integer users,
            @Nullable @QueryValue Integer workstations,
            @Nullable @QueryValue Integer servers);

    @Serdeable
    record Profile(
            UUID id,
            String name,
            @Nullable Sla sla,
            @Nullable List<Offer> offers) {}

    @Serdeable
    record Sla(
            @Nullable Integer criticalResponseMinutes,
            @Nullable AfterHours afterHours) {}

    @Serdeable
    record Offer(String pricingModel, int priceChangeNoticeDays) {}

    @Serdeable
    record Estimates(List<ProviderEstimate> providers) {}

    @Serdeable
    record ProviderEstimate(UUID providerId, List<OfferEstimate> offers) {}

    @Serdeable
    record OfferEstimate(String pricingModel, @Nullable BigDecimal monthlyEur) {}
}
