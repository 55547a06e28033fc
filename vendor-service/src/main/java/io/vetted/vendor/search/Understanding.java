package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What the search read in the text, so the page can say it and offer to undo it ({@code literal=true}):
 * places become "on site there, or remote"; meanings match their specialties or any of their terms;
 * generic words are left out. {@code orRemote} is false when only on-site work was asked for.
 */
@Serdeable
public record Understanding(
        List<PlaceRead> places, boolean orRemote, List<MeaningRead> meanings, List<String> ignored) {

    /**
     * A place typed ({@code typed}), the department ({@code departmentCode}, for a commune or a
     * department) or the region it stands for; {@code homonyms} other communes share its name.
     */
    @Serdeable
    public record PlaceRead(
            String typed,
            String kind,
            String name,
            @Nullable String departmentCode,
            @Nullable String departmentName,
            String regionCode,
            int homonyms) {}

    /** A phrase read as a meaning: what it is shown as, its specialties. */
    @Serdeable
    public record MeaningRead(String typed, String shown, List<String> specialties) {}

    boolean isEmpty() {
        return places.isEmpty() && meanings.isEmpty() && ignored.isEmpty();
    }
}
