package io.vetted.vendor.document;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A document offered as evidence to moderators; never served to anyone else, deleted once decided. */
// the file itself is a bytea column; the record is never compared or hashed by its content
@SuppressWarnings("ArrayRecordComponent")
@MappedEntity("evidence_document")
record EvidenceDocument(
        @Id UUID id,
        UUID providerId,
        String mediaType,
        byte[] content,
        String sha256,
        UUID uploadedBy,
        @DateCreated Instant createdAt) {}
