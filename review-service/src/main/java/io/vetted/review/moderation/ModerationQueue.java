package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceRepository;
import io.vetted.review.reference.ReferenceViews;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The moderation queue, read from {@code moderation_case} by its indexes: pages sorted by risk or by
 * age, filtered by kind and provider, with counts. Clauses come from enums, never from input text.
 */
@Singleton
class ModerationQueue {

    private final JdbcOperations jdbc;
    private final ReferenceRepository references;
    private final ReferenceViews views;
    private final CaseDetails details;

    ModerationQueue(JdbcOperations jdbc, ReferenceRepository references, ReferenceViews views, CaseDetails details) {
        this.jdbc = jdbc;
        this.references = references;
        this.views = views;
        this.details = details;
    }

    @ReadOnly
    ModerationResponses.CasePage page(
            int page, int size, QueueSort sort, @Nullable CaseKind kind, @Nullable UUID providerId) {
        String where = where(kind, providerId);
        String order =
                sort == QueueSort.RISK ? "risk DESC, waiting_since, reference_id" : "waiting_since, reference_id";
        List<UUID> ids = jdbc.prepareStatement(
                "SELECT reference_id FROM moderation_case" + where + " ORDER BY " + order + " LIMIT ? OFFSET ?",
                statement -> {
                    int next = bind(statement, kind, providerId);
                    statement.setInt(next, size);
                    statement.setLong(next + 1, (long) page * size);
                    return ids(statement);
                });
        ModerationResponses.Counts counts = counts(where, kind, providerId);
        return new ModerationResponses.CasePage(items(ids), counts.waiting(), page, size, counts);
    }

    private ModerationResponses.Counts counts(String where, @Nullable CaseKind kind, @Nullable UUID providerId) {
        Map<CaseKind, Long> byKind = new EnumMap<>(CaseKind.class);
        long[] waiting = {0};
        Instant[] oldest = {null};
        jdbc.prepareStatement("SELECT count(*), min(waiting_since) FROM moderation_case" + where, statement -> {
            bind(statement, kind, providerId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                waiting[0] = row.getLong(1);
                oldest[0] =
                        row.getTimestamp(2) == null ? null : row.getTimestamp(2).toInstant();
            }
            return null;
        });
        jdbc.prepareStatement(
                "SELECT k, count(*) FROM moderation_case, unnest(kinds) AS k" + where + " GROUP BY k", statement -> {
                    bind(statement, kind, providerId);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            byKind.put(CaseKind.valueOf(rows.getString(1)), rows.getLong(2));
                        }
                    }
                    return null;
                });
        long age = oldest[0] == null
                ? 0
                : Duration.between(oldest[0], Instant.now()).toSeconds();
        return new ModerationResponses.Counts(waiting[0], oldest[0], Math.max(0, age), byKind);
    }

    private List<ModerationResponses.QueueItem> items(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Reference> loaded = new ArrayList<>(references.findByIdIn(ids));
        loaded.sort(Comparator.comparingInt(r -> ids.indexOf(r.id())));
        return details.of(loaded, views.all(loaded, true));
    }

    private static String where(@Nullable CaseKind kind, @Nullable UUID providerId) {
        List<String> clauses = new ArrayList<>();
        if (kind != null) {
            clauses.add("kinds @> ARRAY[?]::text[]");
        }
        if (providerId != null) {
            clauses.add("provider_id = ?");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static int bind(PreparedStatement statement, @Nullable CaseKind kind, @Nullable UUID providerId)
            throws SQLException {
        int i = 1;
        if (kind != null) {
            statement.setString(i++, kind.name());
        }
        if (providerId != null) {
            statement.setObject(i++, providerId);
        }
        return i;
    }

    private static List<UUID> ids(PreparedStatement statement) throws SQLException {
        List<UUID> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getObject(1, UUID.class));
            }
        }
        return found;
    }

    static List<CaseKind> kinds(String[] names) {
        return Arrays.stream(names).map(CaseKind::valueOf).toList();
    }
}
