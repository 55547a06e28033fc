package io.vetted.review.notice;

import io.micronaut.core.annotation.Nullable;
import io.vetted.review.vendor.ProviderRegistry;
import io.vetted.review.vendor.VendorProvider;
import io.vetted.support.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes a notice in French and English from the {@code notices} bundle and queues it in the outbox,
 * in the caller's transaction: a rolled-back change is never told, and identity-service keeps each
 * notice id once however often it is delivered. Patterns take {0} the provider's name, {1} a detail
 * and {2} the reference id.
 */
@Singleton
class NoticeQueue {

    private final Outbox outbox;
    private final ProviderRegistry providers;

    NoticeQueue(Outbox outbox, ProviderRegistry providers) {
        this.outbox = outbox;
        this.providers = providers;
    }

    /** What vendor-service last said about a provider (cached whenever a reference is written or checked). */
    Optional<VendorProvider> provider(UUID providerId) {
        return providers.known(providerId);
    }

    /** Nothing is queued when the recipient is the one who acted: nobody is told of their own action. */
    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(
            UUID recipient,
            @Nullable UUID actor,
            Notice.Kind kind,
            String key,
            UUID providerId,
            UUID referenceId,
            Function<Locale, String> detail,
            @Nullable String link) {
        enqueue(UUID.randomUUID(), recipient, actor, kind, key, providerId, referenceId, detail, link);
    }

    /** With the notice's id chosen by the caller: identity-service keeps one notice per id. */
    void enqueue(
            UUID noticeId,
            UUID recipient,
            @Nullable UUID actor,
            Notice.Kind kind,
            String key,
            UUID providerId,
            UUID referenceId,
            Function<Locale, String> detail,
            @Nullable String link) {
        if (recipient.equals(actor)) {
            return;
        }
        String provider = provider(providerId).map(VendorProvider::name).orElse("");
        outbox.enqueue(
                recipient,
                Notice.EVENT_TYPE,
                new Notice(
                        noticeId,
                        recipient,
                        format(Locale.FRENCH, key + ".subject", provider, "", referenceId),
                        format(Locale.ENGLISH, key + ".subject", provider, "", referenceId),
                        format(Locale.FRENCH, key + ".body", provider, detail.apply(Locale.FRENCH), referenceId),
                        format(Locale.ENGLISH, key + ".body", provider, detail.apply(Locale.ENGLISH), referenceId),
                        kind,
                        link));
    }

    static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("notices/notices", locale).getString(key);
    }

    private static String format(Locale locale, String key, String provider, String detail, UUID referenceId) {
        String name = provider == null || provider.isBlank() ? text(locale, "provider.unnamed") : provider;
        return new MessageFormat(text(locale, key), locale).format(new Object[] {name, detail, referenceId.toString()});
    }
}
