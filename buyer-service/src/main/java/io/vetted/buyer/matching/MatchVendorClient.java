package io.vetted.buyer.matching;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.client.annotation.Client;
import java.util.List;
import java.util.UUID;

/**
 * The public vendor-service routes matching reads: search, profile, catalogue areas and the cost
 * estimate (contract 2 in docs/ARCHITECTURE.md). Only the fields matching uses are read.
 */
@Client(id = "vendor")
interface MatchVendorClient {

    @Get("/api/providers")
    VendorViews.SearchPage search(@RequestBean SearchQuery query);

    @Nullable
    @Get("/api/providers/{id}")
    VendorViews.Profile profile(@PathVariable UUID id);

    @Get("/api/catalog")
    VendorViews.Catalog catalog();

    @Get("/api/estimates")
    VendorViews.Estimate estimate(@RequestBean EstimateQuery query);

    @Introspected
    record SearchQuery(
            @Nullable @QueryValue String specialty,
            @Nullable @QueryValue String department,
            @QueryValue int size) {}

    @Introspected
    record EstimateQuery(
            @QueryValue List<UUID> provider,
            @QueryValue int users,
            @QueryValue int workstations,
            @QueryValue int servers,
            @QueryValue int hours,
            @QueryValue int interventions) {}
}
