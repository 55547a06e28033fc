package io.vetted.web.shortlist;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.page.PageContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The shortlist pages' models. */
public final class ShortlistPages {

    private ShortlistPages() {}

    @Introspected
    public record ListPage(
            PageContext ctx, List<BuyerClient.Shortlist> shortlists, String name, Map<String, String> errors) {}

    /** A shortlisted provider with its name, or null when it is no longer published. */
    public record Row(BuyerClient.Entry entry, @Nullable String providerName) {
        public String id() {
            return entry.providerId().toString();
        }
    }

    /**
     * @param editing the entry whose posted form was refused (shown as typed, with {@code errors}), or null
     * @param shareLink the read-only link just made (shown once), or null
     */
    @Introspected
    public record ShortlistPage(
            PageContext ctx,
            BuyerClient.Shortlist shortlist,
            List<Row> rows,
            @Nullable UUID editing,
            @Nullable ShortlistForms.EntryForm posted,
            Map<String, String> errors,
            @Nullable String shareLink) {

        /** The comparison of the first four providers still in the running. */
        public String compareUrl() {
            return "/compare?ids="
                    + String.join(
                            ",",
                            rows.stream()
                                    .filter(r -> !"REJECTED".equals(r.entry().status()) && r.providerName() != null)
                                    .limit(4)
                                    .map(Row::id)
                                    .toList());
        }

        public String note(Row row) {
            return row.entry().providerId().equals(editing) && posted != null
                    ? posted.noteText()
                    : row.entry().note() == null ? "" : row.entry().note();
        }

        public String status(Row row) {
            return row.entry().providerId().equals(editing) && posted != null && posted.status() != null
                    ? posted.status()
                    : row.entry().status();
        }

        public String reason(Row row) {
            return row.entry().providerId().equals(editing) && posted != null
                    ? posted.reasonText()
                    : row.entry().rejectionReason() == null ? "" : row.entry().rejectionReason();
        }
    }

    @Introspected
    public record AddPage(
            PageContext ctx,
            UUID providerId,
            String providerName,
            List<BuyerClient.Shortlist> shortlists,
            ShortlistForms.AddForm form,
            Map<String, String> errors) {}

    @Introspected
    public record SharedPage(PageContext ctx, String name, List<Row> rows) {}
}
