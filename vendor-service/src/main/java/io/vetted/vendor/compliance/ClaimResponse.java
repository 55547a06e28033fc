package io.vetted.vendor.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.catalog.ComplianceTopic;
import java.time.Instant;
import java.util.UUID;

@Serdeable
public record ClaimResponse(
        ComplianceTopic topic,
        boolean certification,
        String detail,
        String evidence,
        ClaimStatus status,
        @Nullable Instant verifiedAt,
        Instant updatedAt,
        long version) {

    static ClaimResponse of(ComplianceClaim claim) {
        return new ClaimResponse(
                claim.topic(),
                claim.topic().certification(),
                claim.detail(),
                claim.evidence(),
                claim.status(),
                claim.verifiedAt(),
                claim.updatedAt(),
                claim.version() == null ? 0 : claim.version());
    }

    /** A claim waiting in the moderators' queue, with the profile it belongs to. */
    @Serdeable
    public record Pending(UUID providerId, String providerName, ClaimResponse claim) {}
}
