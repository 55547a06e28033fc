package io.vetted.web.moderation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of the moderation queue with its counts; {@code providerName} is set when the view is
 * narrowed to one provider, whose open cases can then be decided at once with one reason.
 */
@Introspected
public record ModerationPage(
        PageContext ctx,
        ReviewClient.CasePage cases,
        CaseFilter filter,
        Map<UUID, String> providerNames,
        @Nullable String providerName) {

    public List<ReviewClient.QueueItem> items() {
        return cases.items();
    }

    public String providerName(UUID id) {
        return providerNames.getOrDefault(id, id.toString());
    }

    @Nullable
    public String previousUrl() {
        return filter.page() > 0 ? filter.url(filter.page() - 1) : null;
    }

    @Nullable
    public String nextUrl() {
        return (long) (filter.page() + 1) * cases.size() < cases.total() ? filter.url(filter.page() + 1) : null;
    }

    /** How long the oldest case has waited, in the largest whole unit: "3 h", "2 j". */
    public String age(long seconds) {
        if (seconds >= 86_400) {
            return ctx.t("age.days", seconds / 86_400);
        }
        if (seconds >= 3_600) {
            return ctx.t("age.hours", seconds / 3_600);
        }
        return ctx.t("age.minutes", seconds / 60);
    }

    /** The ids a bulk decision names: none (all the provider's open cases) unless the view shows only some kinds. */
    public String bulkIds() {
        if (filter.kind() == null) {
            return "";
        }
        return String.join(
                ",", items().stream().map(i -> i.reference().id().toString()).toList());
    }

    public long bulkCount() {
        return filter.kind() == null ? cases.total() : items().size();
    }
}
