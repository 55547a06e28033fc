package io.vetted.vendor.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * Who vouches for the company behind a profile. {@code legalName} (the register's) and
 * {@code verifiedAt} only once VERIFIED; {@code owner} only in the profile's owner's view: what the
 * register answered and the checks asked of moderators.
 */
@Serdeable
public record CompanyResponse(
        String siren,
        CompanyStatus status,
        @Nullable String legalName,
        @Nullable Instant verifiedAt,
        @Nullable OwnerView owner) {

    @Serdeable
    public record OwnerView(
            RegisterState registerState,
            @Nullable String registerName,
            @Nullable Instant registerCheckedAt,
            boolean nameMatchesRegister,
            @Nullable Instant moderatorCheckedAt,
            List<CompanyCheckResponse> checks) {}
}
