package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An earlier wording of a reference: what it said from {@code writtenAt} until an edit replaced it,
 * and whether that edit was substantive ({@code changes}: what it changed).
 */
@Serdeable
public record RevisionResponse(
        int revision,
        int rating,
        String comment,
        Instant writtenAt,
        Instant replacedAt,
        Map<Criterion, Integer> criteria,
        String companyName,
        List<Specialty> services,
        LocalDate engagementStart,
        @Nullable LocalDate engagementEnd,
        boolean substantive,
        List<Change> changes) {}
