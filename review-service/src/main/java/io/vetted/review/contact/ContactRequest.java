package io.vetted.review.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A prospective client asking to talk to a reference's author. {@code sharedContact} exists only
 * once the author accepts: nothing personal about the author is stored or shown before.
 */
@MappedEntity("contact_request")
record ContactRequest(
        @Id UUID id,
        UUID referenceId,
        UUID authorAccountId,
        UUID requesterAccountId,
        String requesterName,
        String requesterCompany,
        String message,
        ContactStatus status,
        @Nullable String sharedContact,
        @Nullable Instant decidedAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    ContactRequest decided(ContactStatus newStatus, @Nullable String contact, Instant now) {
        return new ContactRequest(
                id,
                referenceId,
                authorAccountId,
                requesterAccountId,
                requesterName,
                requesterCompany,
                message,
                newStatus,
                contact,
                now,
                version,
                createdAt,
                updatedAt);
    }
}
