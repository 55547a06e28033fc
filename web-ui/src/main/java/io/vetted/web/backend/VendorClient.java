package io.vetted.web.backend;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * vendor-service, as the site uses it. Profiles, searches and estimates come back as the records
 * of {@link VendorModels}; section changes go as the JSON maps the forms build, since each form
 * owns the mapping of its fields. Calls go as the signed-in visitor (VisitorTokenForwarding)
 * unless marked {@link Anonymous}.
 */
@Client(id = "vendor")
public interface VendorClient {

    @Anonymous
    @Get("/api/providers")
    SearchResults search(@RequestBean SearchQuery query);

    /** @return null when there is no such published provider */
    @Nullable
    @Anonymous
    @Get("/api/providers/{id}")
    Provider provider(@PathVariable UUID id);

    /** @return null when the signed-in provider has no profile yet */
    @Nullable
    @Get("/api/providers/mine")
    Provider mine();

    @Post("/api/providers")
    Provider create(@Body NewProvider provider);

    /** {@code section} is identity, delivery, specialties or status; answers the whole profile. */
    @Put("/api/providers/{id}/{section}")
    Provider editProfile(@PathVariable UUID id, @PathVariable String section, @Body Map<String, Object> change);

    /** {@code section} is sla, subcontracting or due-diligence. */
    @Put("/api/providers/{id}/{section}")
    void editSection(@PathVariable UUID id, @PathVariable String section, @Body Map<String, Object> change);

    @Post("/api/providers/{id}/offers")
    void addOffer(@PathVariable UUID id, @Body Map<String, Object> offer);

    @Put("/api/providers/{id}/offers/{offerId}")
    void updateOffer(@PathVariable UUID id, @PathVariable UUID offerId, @Body Map<String, Object> change);

    @Delete("/api/providers/{id}/offers/{offerId}")
    void withdrawOffer(@PathVariable UUID id, @PathVariable UUID offerId, @QueryValue long version);

    /** Asks a moderator to check profile {@code id}'s company: {@code evidence}, {@code documentId} or {@code contactEmail}, {@code note}. */
    @Post("/api/providers/{id}/company-checks")
    void requestCompanyCheck(@PathVariable UUID id, @Body Map<String, Object> check);

    /** Claims a SIREN another profile holds for profile {@code id}: {@code siren} and {@code statement}. */
    @Post("/api/providers/{id}/siren-contests")
    void openContest(@PathVariable UUID id, @Body Map<String, Object> contest);

    /** The holder's side of contest {@code contestId}: its {@code statement}. */
    @Put("/api/siren-contests/{contestId}/answer")
    void answerContest(@PathVariable UUID contestId, @Body Map<String, Object> answer);

    @Put("/api/providers/{id}/claims/{topic}")
    void declareClaim(@PathVariable UUID id, @PathVariable String topic, @Body Map<String, Object> claim);

    @Delete("/api/providers/{id}/claims/{topic}")
    void withdrawClaim(@PathVariable UUID id, @PathVariable String topic, @QueryValue long version);

    @Put("/api/providers/{id}/claims/{topic}/status")
    void reviewClaim(@PathVariable UUID id, @PathVariable String topic, @Body Map<String, Object> review);

    @Get("/api/claims/pending{?limit}")
    List<VendorModels.PendingClaim> pendingClaims(@QueryValue int limit);

    @Anonymous
    @Get("/api/catalog")
    VendorModels.Catalog catalog();

    @Anonymous
    @Get("/api/estimates")
    VendorModels.Estimate estimate(@RequestBean EstimateQuery query);

    /** A search as vendor-service's {@code GET /api/providers} takes it; repeated values must all match. */
    @Introspected
    record SearchQuery(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue List<String> mode,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String department,
            @Nullable @QueryValue List<String> specialty,
            @Nullable @QueryValue List<String> language,
            @Nullable @QueryValue List<String> sector,
            @Nullable @QueryValue String pricing,
            @Nullable @QueryValue BigDecimal maxPrice,
            @Nullable @QueryValue String afterHours,
            @Nullable @QueryValue Integer maxCriticalResponse,
            @Nullable @QueryValue Boolean noSubcontracting,
            @Nullable @QueryValue List<String> certification,
            @Nullable @QueryValue Boolean verifiedOnly,
            @Nullable @QueryValue BigDecimal minRating,
            @Nullable @QueryValue Integer minVerifiedReferences,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            @Nullable @QueryValue String after,
            @Nullable @QueryValue String before,
            @Nullable @QueryValue String literal,
            @Nullable @QueryValue Instant publishedAfter) {}

    @Introspected
    record EstimateQuery(
            @QueryValue List<UUID> provider,
            @Nullable @QueryValue Integer users,
            @Nullable @QueryValue Integer workstations,
            @Nullable @QueryValue Integer servers,
            @Nullable @QueryValue Integer hours) {}

    @Serdeable
    record SearchResults(
            List<Summary> items,
            long total,
            boolean totalIsLowerBound,
            int page,
            int size,
            @Nullable String sort,
            @Nullable Map<String, Map<String, Long>> facets,
            @Nullable String nextCursor,
            @Nullable String previousCursor,
            boolean approximate,
            @Nullable SearchReading.Understood understood,
            @Nullable List<SearchReading.Suggestion> suggestions) {
        public SearchResults {
            items = items == null ? List.of() : items;
            facets = facets == null ? Map.of() : facets;
            suggestions = suggestions == null ? List.of() : suggestions;
        }
    }

    @Serdeable
    record Summary(
            UUID id,
            String name,
            String kind,
            String city,
            List<String> deliveryModes,
            List<String> specialties,
            @Nullable BigDecimal averageRating,
            int referenceCount,
            @Nullable BigDecimal bayesianRating,
            int verifiedReferenceCount,
            @Nullable String regionCode,
            @Nullable Integer teamSize,
            @Nullable String afterHours,
            @Nullable Integer criticalResponseMinutes,
            @Nullable Boolean subcontracts,
            @Nullable Map<String, BigDecimal> fromPrices,
            @Nullable List<String> certifications,
            @Nullable List<String> verifiedCertifications) {
        public Summary {
            deliveryModes = deliveryModes == null ? List.of() : deliveryModes;
            specialties = specialties == null ? List.of() : specialties;
            fromPrices = fromPrices == null ? Map.of() : fromPrices;
            certifications = certifications == null ? List.of() : certifications;
            verifiedCertifications = verifiedCertifications == null ? List.of() : verifiedCertifications;
        }
    }

    /** A provider profile; see vendor-service's ProviderResponse for the meaning of each part. */
    @Serdeable
    record Provider(
            UUID id,
            @Nullable UUID ownerAccountId,
            String name,
            String kind,
            List<String> deliveryModes,
            String city,
            List<String> specialties,
            String description,
            List<VendorModels.Offer> offers,
            VendorModels.Reputation reputation,
            long version,
            @Nullable String status,
            @Nullable Integer teamSize,
            @Nullable Integer yearFounded,
            @Nullable String siren,
            @Nullable String siret,
            @Nullable String website,
            @Nullable String postcode,
            @Nullable String departmentCode,
            @Nullable String regionCode,
            @Nullable List<String> languages,
            @Nullable List<String> onSiteRegions,
            @Nullable List<String> onSiteDepartments,
            @Nullable String offshoreCountry,
            @Nullable VendorModels.Sla sla,
            @Nullable VendorModels.Subcontracting subcontracting,
            @Nullable VendorModels.DueDiligence dueDiligence,
            @Nullable List<VendorModels.Claim> compliance,
            @Nullable VendorModels.Completeness completeness,
            @Nullable VendorModels.Company company,
            @Nullable List<VendorModels.FormerIdentity> formerly,
            @Nullable Instant onVettedSince,
            @Nullable String unpublishedReason,
            @Nullable List<VendorModels.Contest> sirenContests,
            @Nullable List<VendorModels.Offer> withdrawnOffers,
            @Nullable String unpublishedReasonCode,
            @Nullable String unpublishedSiren) {
        public Provider {
            withdrawnOffers = withdrawnOffers == null ? List.of() : withdrawnOffers;
            deliveryModes = deliveryModes == null ? List.of() : deliveryModes;
            specialties = specialties == null ? List.of() : specialties;
            offers = offers == null ? List.of() : offers;
            description = description == null ? "" : description;
            reputation = reputation == null ? VendorModels.Reputation.NONE : reputation;
            languages = languages == null ? List.of() : languages;
            onSiteRegions = onSiteRegions == null ? List.of() : onSiteRegions;
            onSiteDepartments = onSiteDepartments == null ? List.of() : onSiteDepartments;
            sla = sla == null ? VendorModels.Sla.EMPTY : sla;
            subcontracting = subcontracting == null ? VendorModels.Subcontracting.EMPTY : subcontracting;
            dueDiligence = dueDiligence == null ? VendorModels.DueDiligence.EMPTY : dueDiligence;
            compliance = compliance == null ? List.of() : compliance;
            formerly = formerly == null ? List.of() : formerly;
            sirenContests = sirenContests == null ? List.of() : sirenContests;
        }

        public boolean published() {
            return "PUBLISHED".equals(status);
        }

        /** Whether the register and a moderator both vouched for the SIREN: only then the badge and legal name. */
        public boolean companyVerified() {
            return company != null && company.verified();
        }
    }

    @Serdeable
    record NewProvider(
            String name,
            String kind,
            List<String> deliveryModes,
            String city,
            List<String> specialties,
            String description,
            List<NewOffer> offers) {}

    @Serdeable
    record NewOffer(
            String title, String pricingModel, @Nullable BigDecimal priceEur) {}
}
