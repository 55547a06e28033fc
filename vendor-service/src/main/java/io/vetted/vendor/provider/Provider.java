package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.UUID;

/** A provider's identity, delivery and specialties; the other sections have their own tables and versions. */
@MappedEntity("provider")
// text[] columns map to String[] components; nothing compares these records, so array identity is harmless
@SuppressWarnings("ArrayRecordComponent")
public record Provider(
        @Id @AutoPopulated @Nullable UUID id,
        UUID ownerAccountId,
        String name,
        ProviderKind kind,
        boolean deliversRemote,
        boolean deliversOnSite,
        String city,
        String description,
        @TypeDef(type = DataType.STRING_ARRAY) String[] specialties,
        ProviderStatus status,
        @Nullable Instant publishedAt,
        @Nullable Integer teamSize,
        @Nullable Integer yearFounded,
        @Nullable String siren,
        @Nullable String siret,
        @Nullable String website,
        @Nullable String postcode,
        @Nullable String departmentCode,
        @TypeDef(type = DataType.STRING_ARRAY) String[] languages,
        @TypeDef(type = DataType.STRING_ARRAY) String[] onSiteRegions,
        @TypeDef(type = DataType.STRING_ARRAY) String[] onSiteDepartments,
        @Nullable String offshoreCountry,
        @Nullable Instant firstPublishedAt,
        @Nullable String unpublishedReason,
        @Nullable UnpublishedReason unpublishedReasonCode,
        @Nullable String unpublishedSiren,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public boolean published() {
        return status == ProviderStatus.PUBLISHED;
    }

    /** Once public, always accountable: changes to who the provider is stay visible. */
    public boolean everPublished() {
        return firstPublishedAt != null;
    }

    /** Published now (and first published now, if never before), or back to draft, with why when a moderator decided it. */
    public Provider withStatus(ProviderStatus newStatus, @Nullable String reason) {
        boolean publish = newStatus == ProviderStatus.PUBLISHED;
        Instant now = Instant.now();
        return new Provider(
                id,
                ownerAccountId,
                name,
                kind,
                deliversRemote,
                deliversOnSite,
                city,
                description,
                specialties,
                newStatus,
                publish ? (published() ? publishedAt : now) : null,
                teamSize,
                yearFounded,
                siren,
                siret,
                website,
                postcode,
                departmentCode,
                languages,
                onSiteRegions,
                onSiteDepartments,
                offshoreCountry,
                publish && firstPublishedAt == null ? now : firstPublishedAt,
                publish ? null : reason,
                publish ? null : unpublishedReasonCode,
                publish ? null : unpublishedSiren,
                version,
                createdAt,
                updatedAt);
    }

    /** The same profile, to be saved against {@code expected}, the version its editor saw. */
    public Provider withVersion(Long expected) {
        return new Provider(
                id,
                ownerAccountId,
                name,
                kind,
                deliversRemote,
                deliversOnSite,
                city,
                description,
                specialties,
                status,
                publishedAt,
                teamSize,
                yearFounded,
                siren,
                siret,
                website,
                postcode,
                departmentCode,
                languages,
                onSiteRegions,
                onSiteDepartments,
                offshoreCountry,
                firstPublishedAt,
                unpublishedReason,
                unpublishedReasonCode,
                unpublishedSiren,
                expected,
                createdAt,
                updatedAt);
    }

    /** The SIREN a moderator's decision gives or takes away; a SIRET of another company goes with it. */
    public Provider withSiren(@Nullable String newSiren) {
        String keptSiret = newSiren != null && siret != null && siret.startsWith(newSiren) ? siret : null;
        return new Provider(
                id,
                ownerAccountId,
                name,
                kind,
                deliversRemote,
                deliversOnSite,
                city,
                description,
                specialties,
                status,
                publishedAt,
                teamSize,
                yearFounded,
                newSiren,
                keptSiret,
                website,
                postcode,
                departmentCode,
                languages,
                onSiteRegions,
                onSiteDepartments,
                offshoreCountry,
                firstPublishedAt,
                unpublishedReason,
                unpublishedReasonCode,
                unpublishedSiren,
                version,
                createdAt,
                updatedAt);
    }

    /** Back to draft by a moderator's decision: {@code code} and {@code siren} for the site to word, {@code reason} in the moderator's words. */
    public Provider unpublished(UnpublishedReason code, @Nullable String siren, String reason) {
        Provider draft = withStatus(ProviderStatus.DRAFT, reason);
        return new Provider(
                draft.id,
                draft.ownerAccountId,
                draft.name,
                draft.kind,
                draft.deliversRemote,
                draft.deliversOnSite,
                draft.city,
                draft.description,
                draft.specialties,
                draft.status,
                draft.publishedAt,
                draft.teamSize,
                draft.yearFounded,
                draft.siren,
                draft.siret,
                draft.website,
                draft.postcode,
                draft.departmentCode,
                draft.languages,
                draft.onSiteRegions,
                draft.onSiteDepartments,
                draft.offshoreCountry,
                draft.firstPublishedAt,
                reason,
                code,
                siren,
                draft.version,
                draft.createdAt,
                draft.updatedAt);
    }
}
