package io.vetted.web.diligence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the due-diligence pack reads from buyer-service, as the signed-in buyer. */
@Client(id = "buyer")
public interface WorkspaceClient {

    /** @return null when the buyer has no such shortlist (another buyer's answers 404 too) */
    @Nullable
    @Get("/api/buyer/shortlists/{id}")
    Shortlist shortlist(@PathVariable UUID id);

    @Get("/api/buyer/requirements")
    Requirements requirements();

    @Serdeable
    record Shortlist(UUID id, String name, List<Entry> entries) {
        public Shortlist {
            entries = entries == null ? List.of() : entries;
        }
    }

    @Serdeable
    record Entry(
            UUID providerId,
            @Nullable String note,
            String status,
            @Nullable String rejectionReason,
            Instant addedAt) {}

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

        public boolean saved() {
            return version != null;
        }
    }

    @Serdeable
    record Fleet(
            @Nullable Integer users,
            @Nullable Integer workstations,
            @Nullable Integer servers) {}

    @Serdeable
    record RequiredCertification(String certification, String level) {
        public boolean verifiedOnly() {
            return "VERIFIED_ONLY".equals(level);
        }
    }
}
