package io.vetted.review.notice;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.support.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells authors, by mail, when their reference is put under review, hidden or restored, with the
 * reason: queued in the outbox in the transaction of the decision, so a decision never goes untold
 * and a rolled-back one is never told.
 */
@Singleton
public class AuthorNotices {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final Outbox outbox;
    private final JdbcOperations jdbc;

    AuthorNotices(Outbox outbox, JdbcOperations jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /** {@code reasons} are flag kind names, explained in each language. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void underReview(UUID author, UUID referenceId, UUID providerId, Collection<String> reasons) {
        send(
                author,
                referenceId,
                providerId,
                "underReview",
                locale -> reasons.stream()
                        .map(kind -> "- " + text(locale, "flag." + kind))
                        .collect(Collectors.joining("\n")));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void hidden(UUID author, UUID referenceId, UUID providerId, String reason) {
        send(author, referenceId, providerId, "hidden", locale -> reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void restored(UUID author, UUID referenceId, UUID providerId) {
        send(author, referenceId, providerId, "restored", locale -> "");
    }

    private void send(
            UUID author,
            UUID referenceId,
            UUID providerId,
            String kind,
            java.util.function.Function<Locale, String> reason) {
        String provider = providerName(providerId);
        outbox.enqueue(
                author,
                Notice.EVENT_TYPE,
                new Notice(
                        UUID.randomUUID(),
                        author,
                        format(FRENCH, kind + ".subject", provider, "", referenceId),
                        format(ENGLISH, kind + ".subject", provider, "", referenceId),
                        format(FRENCH, kind + ".body", provider, reason.apply(FRENCH), referenceId),
                        format(ENGLISH, kind + ".body", provider, reason.apply(ENGLISH), referenceId)));
    }

    private String providerName(UUID providerId) {
        return jdbc.prepareStatement("SELECT name FROM known_provider WHERE provider_id = ?", statement -> {
            statement.setObject(1, providerId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        });
    }

    private static String format(Locale locale, String key, String provider, String reason, UUID referenceId) {
        String name = provider.isBlank() ? text(locale, "provider.unnamed") : provider;
        return new MessageFormat(text(locale, key), locale).format(new Object[] {name, reason, referenceId.toString()});
    }

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("notices/notices", locale).getString(key);
    }
}
