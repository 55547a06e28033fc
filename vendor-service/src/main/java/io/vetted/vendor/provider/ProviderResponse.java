package io.vetted.vendor.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.company.CompanyResponse;
import io.vetted.vendor.compliance.ClaimResponse;
import io.vetted.vendor.contest.ContestResponse;
import io.vetted.vendor.diligence.DiligenceResponses.DueDiligenceResponse;
import io.vetted.vendor.diligence.DiligenceResponses.SubcontractingResponse;
import io.vetted.vendor.history.FormerIdentity;
import io.vetted.vendor.offer.OfferResponse;
import io.vetted.vendor.reputation.ReputationResponse;
import io.vetted.vendor.sla.SlaResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A provider profile. {@code ownerAccountId} only for its owner and team (services ask
 * {@code /api/internal/providers/{id}}). {@code version} is the identity, delivery and specialties sections' version;
 * the SLA, practices, claims and offers carry their own. {@code completeness},
 * {@code unpublishedReason} (the moderator's words), {@code unpublishedReasonCode} (why, for the
 * site to word: SIREN_CONTEST_LOST, IDENTITY_CHANGE), {@code unpublishedSiren} (the SIREN a lost
 * contest was about) and {@code sirenContests} only for its owner.
 * {@code company}: who vouches for the SIREN (null without one). {@code websiteDomain}: the
 * website's registrable domain. {@code formerly}: every change of name, SIREN or website since the
 * profile was first published, newest first. {@code onVettedSince}: its first publication.
 * {@code withdrawnOffers}: offers withdrawn in the last 12 months, history included.
 */
@Serdeable
public record ProviderResponse(
        UUID id,
        @Nullable UUID ownerAccountId,
        String name,
        ProviderKind kind,
        Set<DeliveryMode> deliveryModes,
        String city,
        Set<Specialty> specialties,
        String description,
        List<OfferResponse> offers,
        ReputationResponse reputation,
        long version,
        Instant createdAt,
        Instant updatedAt,
        ProviderStatus status,
        @Nullable Instant publishedAt,
        @Nullable Integer teamSize,
        @Nullable Integer yearFounded,
        @Nullable String siren,
        @Nullable String siret,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String website,
        @Nullable String postcode,
        @Nullable String departmentCode,
        @Nullable String regionCode,
        List<String> languages,
        List<String> onSiteRegions,
        List<String> onSiteDepartments,
        @Nullable String offshoreCountry,
        SlaResponse sla,
        SubcontractingResponse subcontracting,
        DueDiligenceResponse dueDiligence,
        List<ClaimResponse> compliance,
        @Nullable Completeness completeness,
        @Nullable CompanyResponse company,
        @Nullable String websiteDomain,
        List<FormerIdentity> formerly,
        @Nullable Instant onVettedSince,
        List<OfferResponse> withdrawnOffers,
        @Nullable String unpublishedReason,
        @Nullable UnpublishedReason unpublishedReasonCode,
        @Nullable String unpublishedSiren,
        @Nullable List<ContestResponse> sirenContests) {

    /** How far the owner got, in percent, and what is still missing (keys like {@code sla.afterHours}). */
    @Serdeable
    public record Completeness(int score, List<String> missing) {}
}
