package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** What the client bought and when: {@code end} is null while the client still works with the provider. */
@Embeddable
// text[] columns map to String[] components; nothing compares these records, so array identity is harmless
@SuppressWarnings("ArrayRecordComponent")
@Serdeable
public record Engagement(
        @TypeDef(type = DataType.STRING_ARRAY) String[] services,
        EngagementMode mode,
        LocalDate start,
        @Nullable LocalDate end,
        @Nullable CostBand costBand,
        @Nullable Integer teamSize) {

    public boolean ongoing() {
        return end == null;
    }
}
