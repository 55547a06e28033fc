package io.vetted.web.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.page.PageContext;
import java.util.List;

/**
 * A person's data export laid out for reading (GDPR art. 15): a section per service's share, a
 * titled part per kind of record, each record as labelled fields in the visitor's language. The
 * JSON download stays the machine-readable copy (art. 20).
 */
@Introspected
public record ReadableExport(PageContext ctx, String exportedAt, List<Section> sections) {

    public record Section(String title, List<Part> parts) {}

    /** @param title null where the section holds one kind of record only */
    public record Part(@Nullable String title, List<Entry> entries) {}

    public record Entry(List<Field> fields) {}

    /**
     * A value, or the records it holds (a shortlist's entries, a reference's edits).
     *
     * @param href where the value leads on this site (a notification's page), or null
     */
    public record Field(
            String label, @Nullable String value, @Nullable String href, List<Entry> nested) {}
}
