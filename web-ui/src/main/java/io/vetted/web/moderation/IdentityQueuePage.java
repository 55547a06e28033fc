package io.vetted.web.moderation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.page.PageContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The model of {@code moderation/identity.jte} (each property one of its parameters): a page of the queue, the kind it is filtered by,
 * and, when a decision was refused, the entry it was about ({@code failed}) with the messages next to its fields.
 */
@Introspected
public record IdentityQueuePage(
        PageContext ctx,
        IdentityQueueClient.Queue queue,
        @Nullable String kind,
        boolean decided,
        @Nullable UUID failed,
        Map<String, String> errors) {

    public static final List<String> KINDS = List.of("COMPANY_CHECK", "SIREN_CONTEST", "IDENTITY_CHANGE");

    public long waiting(String kindName) {
        return queue.waiting().getOrDefault(kindName, 0L);
    }

    /** Where a decision on an entry of {@code kind} is posted: {@code /moderation/identity/<action>/<id>}. */
    public static String action(String kind) {
        return switch (kind) {
            case "COMPANY_CHECK" -> "checks";
            case "SIREN_CONTEST" -> "contests";
            default -> "changes";
        };
    }

    /** The decisions possible on an entry of {@code kind}, as vendor-service names them. */
    public static List<String> choices(String kind) {
        return switch (kind) {
            case "COMPANY_CHECK" -> List.of("ACCEPTED", "REJECTED");
            case "SIREN_CONTEST" -> List.of("CLAIMANT", "HOLDER");
            default -> List.of("ACCEPTED", "UNPUBLISHED");
        };
    }

    public long totalWaiting() {
        return queue.waiting().values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean hasPrevious() {
        return queue.page() > 0;
    }

    public boolean hasNext() {
        return (long) (queue.page() + 1) * queue.size() < queue.total();
    }

    /** The queue's address at page {@code page}, keeping the kind filter. */
    public String link(int page) {
        return "/moderation/identity?page=" + page + (kind == null ? "" : "&kind=" + kind);
    }

    /**
     * The refusal of a decision whose entry the queue no longer lists (another moderator decided it),
     * shown above the list since there is no entry to show it next to; empty otherwise.
     */
    public Map<String, String> errorsOfAnEntryGone() {
        boolean listed = queue.entries().stream().anyMatch(entry -> entry.id().equals(failed));
        return failed == null || listed ? Map.of() : errors;
    }

    /** The errors of entry {@code id}'s form: none unless its decision was the one refused. */
    public Map<String, String> errorsOf(UUID id) {
        return id.equals(failed) ? errors : Map.of();
    }
}
