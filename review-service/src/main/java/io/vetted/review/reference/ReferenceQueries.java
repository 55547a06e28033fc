package io.vetted.review.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A provider's references, filtered and sorted; the clauses come from enums, never from input text. */
@Singleton
class ReferenceQueries {

    private final JdbcOperations jdbc;
    private final ReferenceRepository references;

    ReferenceQueries(JdbcOperations jdbc, ReferenceRepository references) {
        this.jdbc = jdbc;
        this.references = references;
    }

    long count(UUID providerId, ReferenceFilter filter) {
        return jdbc.prepareStatement("SELECT count(*) FROM reference WHERE " + filter.where(), statement -> {
            statement.setObject(1, providerId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    List<Reference> page(UUID providerId, ReferenceFilter filter, int page, int size) {
        List<UUID> ids = jdbc.prepareStatement(
                "SELECT id FROM reference WHERE " + filter.where() + " ORDER BY " + filter.orderBy()
                        + " LIMIT ? OFFSET ?",
                statement -> {
                    statement.setObject(1, providerId);
                    statement.setInt(2, size);
                    statement.setLong(3, (long) page * size);
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
        return loaded;
    }
}
