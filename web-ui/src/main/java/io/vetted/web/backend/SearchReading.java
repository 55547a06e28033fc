package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What vendor-service read in a search's text, and what to drop when it found nothing. */
public final class SearchReading {

    private SearchReading() {}

    /** Places typed, phrases read as meanings, generic words left out. */
    @Serdeable
    public record Understood(List<Place> places, boolean orRemote, List<Meaning> meanings, List<String> ignored) {
        public Understood {
            places = places == null ? List.of() : places;
            meanings = meanings == null ? List.of() : meanings;
            ignored = ignored == null ? List.of() : ignored;
        }
    }

    /** {@code kind} is REGION, DEPARTMENT or COMMUNE; {@code homonyms} other communes share the name. */
    @Serdeable
    public record Place(
            String typed,
            String kind,
            String name,
            @Nullable String departmentCode,
            @Nullable String departmentName,
            String regionCode,
            int homonyms) {}

    @Serdeable
    public record Meaning(String typed, String shown, List<String> specialties) {}

    /** {@code parameter} "q" with {@code q} the text without {@code value}, or a filter and its value. */
    @Serdeable
    public record Suggestion(
            String parameter,
            @Nullable String value,
            @Nullable String q,
            long count) {}
}
