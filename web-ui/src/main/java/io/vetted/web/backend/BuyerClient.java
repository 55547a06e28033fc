package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * buyer-service, the SME's workspace: requirements, shortlists, saved searches. Calls go as the
 * signed-in visitor (VisitorTokenForwarding), except the public read-only shortlist.
 */
@Client(id = "buyer")
public interface BuyerClient {

    @Get("/api/buyer/requirements")
    Requirements requirements();

    @Put("/api/buyer/requirements")
    Requirements saveRequirements(@Body Requirements requirements);

    @Get("/api/buyer/shortlists")
    List<Shortlist> shortlists();

    @Post("/api/buyer/shortlists")
    Shortlist createShortlist(@Body Naming naming);

    /** @return null when the account has no such shortlist */
    @Nullable
    @Get("/api/buyer/shortlists/{id}")
    Shortlist shortlist(@PathVariable UUID id);

    @Put("/api/buyer/shortlists/{id}")
    Shortlist renameShortlist(@PathVariable UUID id, @Body Naming naming);

    @Delete("/api/buyer/shortlists/{id}")
    void deleteShortlist(@PathVariable UUID id);

    @Post("/api/buyer/shortlists/{id}/entries")
    Shortlist addEntry(@PathVariable UUID id, @Body NewEntry entry);

    @Put("/api/buyer/shortlists/{id}/entries/{providerId}")
    Shortlist changeEntry(@PathVariable UUID id, @PathVariable UUID providerId, @Body EntryChange change);

    @Delete("/api/buyer/shortlists/{id}/entries/{providerId}")
    void removeEntry(@PathVariable UUID id, @PathVariable UUID providerId);

    @Post("/api/buyer/shortlists/{id}/share")
    ShareLink share(@PathVariable UUID id);

    @Delete("/api/buyer/shortlists/{id}/share")
    void unshare(@PathVariable UUID id);

    /** @return null for an unknown or revoked link */
    @Nullable
    @Anonymous
    @Get("/api/buyer/shared-shortlists/{token}")
    SharedShortlist shared(@PathVariable String token);

    @Get("/api/buyer/saved-searches")
    List<SavedSearch> savedSearches();

    @Post("/api/buyer/saved-searches")
    SavedSearch saveSearch(@Body NewSavedSearch search);

    @Post("/api/buyer/saved-searches/{id}/visits")
    SavedSearch visit(@PathVariable UUID id);

    @Delete("/api/buyer/saved-searches/{id}")
    void deleteSavedSearch(@PathVariable UUID id);

    /** Read and sent whole; {@code version} null creates them (see buyer-service's RequirementsRequest). */
    @Serdeable
    record Requirements(
            @Nullable Fleet fleet,
            @Nullable List<String> departments,
            @Nullable List<String> specialties,
            @Nullable String afterHours,
            @Nullable Integer maxCriticalResponseMinutes,
            @Nullable List<RequiredCertification> certifications,
            @Nullable BigDecimal maxMonthlyBudgetEur,
            @Nullable Boolean subcontractingAcceptable,
            @Nullable Long version) {
        public Requirements {
            fleet = fleet == null ? new Fleet(null, null, null) : fleet;
            departments = departments == null ? List.of() : departments;
            specialties = specialties == null ? List.of() : specialties;
            certifications = certifications == null ? List.of() : certifications;
        }

        /** Whether the account saved them at least once (until then, every criterion is empty). */
        public boolean saved() {
            return version != null;
        }
    }

    @Serdeable
    record Fleet(
            @Nullable Integer users,
            @Nullable Integer workstations,
            @Nullable Integer servers) {}

    /** {@code level}: VERIFIED_ONLY or DECLARED_ACCEPTABLE. */
    @Serdeable
    record RequiredCertification(String certification, String level) {
        public boolean verifiedOnly() {
            return "VERIFIED_ONLY".equals(level);
        }
    }

    @Serdeable
    record Naming(String name) {}

    @Serdeable
    record NewEntry(UUID providerId, @Nullable String note) {}

    @Serdeable
    record EntryChange(
            @Nullable String note, String status, @Nullable String rejectionReason) {}

    @Serdeable
    record Entry(
            UUID providerId,
            @Nullable String note,
            String status,
            @Nullable String rejectionReason,
            Instant addedAt,
            Instant updatedAt) {}

    @Serdeable
    record Shortlist(
            UUID id, String name, boolean shared, @Nullable Instant sharedAt, List<Entry> entries, Instant createdAt) {
        public Shortlist {
            entries = entries == null ? List.of() : entries;
        }

        public boolean contains(UUID providerId) {
            return entries.stream().anyMatch(e -> e.providerId().equals(providerId));
        }
    }

    @Serdeable
    record ShareLink(String token, String path) {}

    @Serdeable
    record SharedShortlist(String name, List<SharedEntry> entries) {
        public SharedShortlist {
            entries = entries == null ? List.of() : entries;
        }
    }

    @Serdeable
    record SharedEntry(UUID providerId, String status) {}

    @Serdeable
    record NewSavedSearch(String name, String query, String vendorQuery) {}

    @Serdeable
    record SavedSearch(UUID id, String name, String query, Instant lastVisitedAt, Instant createdAt) {}
}
