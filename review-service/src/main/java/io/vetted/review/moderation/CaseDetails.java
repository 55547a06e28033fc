package io.vetted.review.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceResponse;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Everything a moderator needs beside the reference: open reports, flags and dispute, the case's
 * risk and kinds, evidence waiting, and the author's earlier references on the same provider with
 * what moderators decided about them (a hidden reference that reappears shows its past).
 */
@Singleton
class CaseDetails {

    private final JdbcOperations jdbc;
    private final ReportRepository reports;
    private final DisputeRepository disputes;

    CaseDetails(JdbcOperations jdbc, ReportRepository reports, DisputeRepository disputes) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.disputes = disputes;
    }

    List<ModerationResponses.QueueItem> of(List<Reference> references, List<ReferenceResponse> shown) {
        List<ModerationResponses.QueueItem> items = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            UUID id = reference.id();
            CaseRow row = caseRow(id);
            items.add(new ModerationResponses.QueueItem(
                    shown.get(i),
                    reports.findByReferenceIdAndResolvedAtIsNullOrderByCreatedAt(id).stream()
                            .map(ModerationResponses.ReportResponse::of)
                            .toList(),
                    flags(id),
                    disputes.findByReferenceIdAndOutcomeIsNull(id)
                            .map(ModerationResponses.DisputeResponse::of)
                            .orElse(null),
                    row.risk(),
                    row.since(),
                    row.kinds(),
                    history(reference),
                    row.kinds().contains(CaseKind.EVIDENCE)));
        }
        return items;
    }

    private record CaseRow(int risk, Instant since, List<CaseKind> kinds) {}

    private CaseRow caseRow(UUID id) {
        return jdbc.prepareStatement(
                "SELECT risk, waiting_since, kinds FROM moderation_case WHERE reference_id = ?", statement -> {
                    statement.setObject(1, id);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return new CaseRow(0, Instant.now(), List.of());
                        }
                        return new CaseRow(
                                row.getInt(1), row.getTimestamp(2).toInstant(), ModerationQueue.kinds((String[])
                                        row.getArray(3).getArray()));
                    }
                });
    }

    private List<ModerationResponses.FlagResponse> flags(UUID referenceId) {
        return jdbc.prepareStatement("""
                SELECT kind, detail, created_at FROM reference_flag
                 WHERE reference_id = ? AND resolved_at IS NULL ORDER BY created_at""", statement -> {
            statement.setObject(1, referenceId);
            List<ModerationResponses.FlagResponse> flags = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    flags.add(new ModerationResponses.FlagResponse(
                            FlagKind.valueOf(rows.getString(1)),
                            rows.getString(2),
                            rows.getTimestamp(3).toInstant()));
                }
            }
            return flags;
        });
    }

    private List<ModerationResponses.HistoryEntry> history(Reference reference) {
        return jdbc.prepareStatement("""
                SELECT r.id, r.status, r.created_at, r.hidden_at, r.hidden_reason, r.withdrawn_at,
                       coalesce(array_agg(d.decided_at::date || ' ' || d.action || coalesce(': ' || d.reason, '')
                                          ORDER BY d.decided_at) FILTER (WHERE d.id IS NOT NULL), '{}')
                  FROM reference r LEFT JOIN moderation_decision d ON d.reference_id = r.id
                 WHERE r.provider_id = ? AND r.author_account_id = ? AND r.id <> ?
                 GROUP BY r.id ORDER BY r.created_at DESC LIMIT 20""", statement -> {
            statement.setObject(1, reference.providerId());
            statement.setObject(2, reference.authorAccountId());
            statement.setObject(3, reference.id());
            List<ModerationResponses.HistoryEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new ModerationResponses.HistoryEntry(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            rows.getTimestamp(3).toInstant(),
                            rows.getTimestamp(4) == null
                                    ? null
                                    : rows.getTimestamp(4).toInstant(),
                            rows.getString(5),
                            rows.getTimestamp(6) == null
                                    ? null
                                    : rows.getTimestamp(6).toInstant(),
                            List.of((String[]) rows.getArray(7).getArray())));
                }
            }
            return entries;
        });
    }
}
