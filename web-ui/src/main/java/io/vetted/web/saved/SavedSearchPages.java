package io.vetted.web.saved;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.page.PageContext;
import io.vetted.web.security.CsrfForm;
import java.util.List;
import java.util.Map;

/** The saved-search pages' models and forms. */
public final class SavedSearchPages {

    private SavedSearchPages() {}

    /** A saved search with how many providers it finds that were published since the last visit (null: unknown). */
    public record Row(
            BuyerClient.SavedSearch search, @Nullable Count newMatches) {}

    /**
     * New providers found; {@code atLeast}: vendor-service stopped counting at {@code total} (its
     * count limit), so there are more.
     */
    public record Count(long total, boolean atLeast) {}

    @Introspected
    public record ListPage(PageContext ctx, List<Row> rows, Map<String, String> errors) {}

    @Introspected
    public record NewPage(PageContext ctx, SaveForm form, Map<String, String> errors) {}

    /** {@code query}: the search page's query string, kept exactly as it was run. */
    @Serdeable
    public record SaveForm(
            @Nullable String csrfToken,
            @Nullable String name,
            @Nullable String query) implements CsrfForm {
        public String nameText() {
            return name == null ? "" : name.strip();
        }

        public String queryText() {
            return query == null ? "" : query.strip();
        }
    }

    @Serdeable
    public record ButtonForm(@Nullable String csrfToken) implements CsrfForm {}
}
