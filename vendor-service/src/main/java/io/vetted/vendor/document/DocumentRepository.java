package io.vetted.vendor.document;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DocumentRepository extends GenericRepository<EvidenceDocument, UUID> {

    EvidenceDocument save(EvidenceDocument document);

    Optional<EvidenceDocument> findById(UUID id);

    @Query("SELECT EXISTS (SELECT 1 FROM evidence_document WHERE id = :id AND provider_id = :providerId)")
    boolean belongsTo(UUID id, UUID providerId);

    void deleteById(UUID id);

    /** Uploads older than {@code before} that no case still waiting for a moderator needs. */
    @Query("""
            DELETE FROM evidence_document d
             WHERE d.created_at < :before
               AND NOT EXISTS (SELECT 1 FROM company_check c WHERE c.document_id = d.id AND c.status = 'PENDING')
               AND NOT EXISTS (SELECT 1 FROM siren_contest s WHERE s.status = 'OPEN'
                                 AND (s.claimant_document_id = d.id OR s.holder_document_id = d.id))""")
    int deleteUnneeded(Instant before);
}
