package io.vetted.review.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceRepository;
import io.vetted.review.reference.ReferenceViews;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** References with an open report, flag or dispute, the longest-waiting first. */
@Singleton
class ModerationQueue {

    private static final int LIMIT = 100;

    private final JdbcOperations jdbc;
    private final ReferenceRepository references;
    private final ReferenceViews views;
    private final ReportRepository reports;
    private final DisputeRepository disputes;

    ModerationQueue(
            JdbcOperations jdbc,
            ReferenceRepository references,
            ReferenceViews views,
            ReportRepository reports,
            DisputeRepository disputes) {
        this.jdbc = jdbc;
        this.references = references;
        this.views = views;
        this.reports = reports;
        this.disputes = disputes;
    }

    List<ModerationResponses.QueueItem> open() {
        List<UUID> ids = jdbc.prepareStatement("""
                SELECT o.reference_id FROM (
                    SELECT reference_id, created_at FROM reference_report WHERE resolved_at IS NULL
                    UNION ALL SELECT reference_id, created_at FROM reference_flag WHERE resolved_at IS NULL
                    UNION ALL SELECT reference_id, created_at FROM reference_dispute WHERE outcome IS NULL) o
                  JOIN reference r ON r.id = o.reference_id AND r.status <> 'WITHDRAWN'
                 GROUP BY o.reference_id ORDER BY min(o.created_at) LIMIT ?""", statement -> {
            statement.setInt(1, LIMIT);
            List<UUID> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
            return found;
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Reference> loaded = new ArrayList<>(references.findByIdIn(ids));
        loaded.sort(Comparator.comparingInt(r -> ids.indexOf(r.id())));
        var shown = views.all(loaded, true);
        List<ModerationResponses.QueueItem> items = new ArrayList<>();
        for (var reference : shown) {
            items.add(new ModerationResponses.QueueItem(
                    reference,
                    reports.findByReferenceIdAndResolvedAtIsNullOrderByCreatedAt(reference.id()).stream()
                            .map(ModerationResponses.ReportResponse::of)
                            .toList(),
                    flags(reference.id()),
                    disputes.findByReferenceIdAndOutcomeIsNull(reference.id())
                            .map(ModerationResponses.DisputeResponse::of)
                            .orElse(null)));
        }
        return items;
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
}
