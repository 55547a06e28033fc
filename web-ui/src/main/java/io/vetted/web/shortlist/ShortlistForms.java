package io.vetted.web.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.security.CsrfForm;
import java.util.List;

/** The shortlist pages' posted forms. */
public final class ShortlistForms {

    /** Where a buyer stands with a provider, in buyer-service's codes and the order they are offered. */
    public static final List<String> STATUSES =
            List.of("TO_CONTACT", "QUOTE_REQUESTED", "QUOTE_RECEIVED", "REJECTED", "CHOSEN");

    /** The value of the "add to" choice that creates a shortlist instead. */
    public static final String NEW = "new";

    private ShortlistForms() {}

    @Serdeable
    public record NameForm(
            @Nullable String csrfToken, @Nullable String name) implements CsrfForm {
        String text() {
            return name == null ? "" : name.strip();
        }
    }

    /** Add {@code providerId} to {@code shortlistId}, or to a new shortlist called {@code newName}. */
    @Serdeable
    public record AddForm(
            @Nullable String csrfToken,
            @Nullable String providerId,
            @Nullable String shortlistId,
            @Nullable String newName,
            @Nullable String returnTo)
            implements CsrfForm {
        public String newNameText() {
            return newName == null ? "" : newName.strip();
        }

        public boolean chose(String id) {
            return id.equals(shortlistId);
        }
    }

    @Serdeable
    public record EntryForm(
            @Nullable String csrfToken,
            @Nullable String note,
            @Nullable String status,
            @Nullable String rejectionReason)
            implements CsrfForm {
        String noteText() {
            return note == null ? "" : note.strip();
        }

        String reasonText() {
            return rejectionReason == null ? "" : rejectionReason.strip();
        }
    }

    @Serdeable
    public record ButtonForm(@Nullable String csrfToken) implements CsrfForm {}
}
