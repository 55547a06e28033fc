package io.vetted.vendor.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.ProfileAccess;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/** Evidence documents: stored privately in the database, read by moderators only, deleted once a decision no longer needs them. */
@Singleton
public class Documents {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Duration UNUSED_FOR = Duration.ofDays(1);

    private final DocumentRepository documents;
    private final ProfileAccess access;

    Documents(DocumentRepository documents, ProfileAccess access) {
        this.documents = documents;
        this.access = access;
    }

    @Transactional
    DocumentResponse upload(UUID providerId, @Nullable String declaredType, byte[] content) {
        access.requireEditable(providerId);
        if (content.length == 0) {
            throw ApiProblems.invalidField(HttpStatus.BAD_REQUEST, "body", "is empty");
        }
        if (content.length > MAX_BYTES) {
            throw ApiProblems.invalidField(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "body", "is larger than 5 MB");
        }
        String type = DocumentTypes.sniff(content);
        if (type == null) {
            throw ApiProblems.invalidField(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "body", "is not a PDF, PNG or JPEG document");
        }
        if (declaredType != null && !declaredType.toLowerCase(Locale.ROOT).startsWith(type)) {
            throw ApiProblems.unprocessable("Content-Type", "says " + declaredType + " but the content is " + type);
        }
        EvidenceDocument saved = documents.save(new EvidenceDocument(
                UUID.randomUUID(), providerId, type, content, sha256(content), access.caller(), Instant.now()));
        return new DocumentResponse(saved.id(), type, content.length, saved.sha256());
    }

    @ReadOnly
    EvidenceDocument require(UUID documentId) {
        return documents
                .findById(documentId)
                .orElseThrow(() -> ApiProblems.notFound("No document " + documentId + " (decided cases keep none)"));
    }

    /** Refuses a document that is not the provider's own upload, naming {@code field}. */
    @ReadOnly
    public void requireOwnedBy(UUID providerId, @Nullable UUID documentId, String field) {
        if (documentId != null && !documents.belongsTo(documentId, providerId)) {
            throw ApiProblems.unprocessable(field, "is not a document uploaded for this profile");
        }
    }

    /** Once decided, evidence is not kept. */
    @Transactional
    public void delete(@Nullable UUID documentId) {
        if (documentId != null) {
            documents.deleteById(documentId);
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void sweepUnused() {
        documents.deleteUnneeded(Instant.now().minus(UNUSED_FOR));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
