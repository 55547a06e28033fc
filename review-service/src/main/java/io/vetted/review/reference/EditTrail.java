package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The latest substantive edit of a reference: when, the overall rating just before, what changed. */
@Embeddable
@Serdeable
// changes maps to a PostgreSQL text[] column, read once and never compared
@SuppressWarnings("ArrayRecordComponent")
public record EditTrail(
        @Nullable Instant substantiveAt,
        @Nullable Short previousRating,
        @TypeDef(type = DataType.STRING_ARRAY) @Nullable String[] changes) {

    static final EditTrail NONE = new EditTrail(null, null, null);
}
