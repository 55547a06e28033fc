package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.review.trust.ClientCheck;
import java.time.Instant;

/**
 * What Vetted itself checked about a reference, independently of the provider: the client's
 * company and mail domain ({@code check}), and the engagement evidence a moderator accepted.
 * {@code companyDomain} is the author's registrable mail domain unless it is free mail.
 */
@Embeddable
@Serdeable
public record Verification(
        ClientCheck check,
        @Nullable Instant checkedAt,
        @Nullable Instant verifiedAt,
        @Nullable String registeredName,
        @Nullable String companyDomain,
        @Nullable Instant evidenceCheckedAt) {

    static Verification of(ClientCheck check, @Nullable String name, @Nullable String companyDomain, Instant now) {
        return new Verification(check, now, check == ClientCheck.VERIFIED ? now : null, name, companyDomain, null);
    }

    public boolean independent() {
        return check == ClientCheck.VERIFIED || evidenceCheckedAt != null;
    }

    public Verification checked(ClientCheck result, @Nullable String name, Instant now) {
        return new Verification(
                result,
                now,
                result == ClientCheck.VERIFIED ? now : null,
                name != null ? name : registeredName,
                companyDomain,
                evidenceCheckedAt);
    }

    /** After a substantive edit nothing independent stands until it is checked again. */
    Verification pending() {
        return new Verification(ClientCheck.PENDING, Instant.now(), null, registeredName, companyDomain, null);
    }

    public Verification evidenceChecked(Instant now) {
        return new Verification(check, checkedAt, verifiedAt, registeredName, companyDomain, now);
    }
}
