package io.vetted.review.notice;

import io.vetted.support.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * The moderation queue's daily digest. Its id is the day's, so a second run the same day (another
 * replica, a restart) sends nobody a second digest.
 */
@Singleton
public class ModeratorNotices {

    private final Outbox outbox;

    ModeratorNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public void digest(LocalDate day, long waiting, long oldestHours) {
        UUID id = UUID.nameUUIDFromBytes(("moderation-digest/" + day).getBytes(StandardCharsets.UTF_8));
        outbox.enqueue(
                id,
                ModeratorNotice.EVENT_TYPE,
                new ModeratorNotice(
                        id,
                        format(Locale.FRENCH, "moderationDigest.subject", waiting, oldestHours),
                        format(Locale.ENGLISH, "moderationDigest.subject", waiting, oldestHours),
                        format(Locale.FRENCH, "moderationDigest.body", waiting, oldestHours),
                        format(Locale.ENGLISH, "moderationDigest.body", waiting, oldestHours),
                        Notice.Kind.MODERATION,
                        "/moderation"));
    }

    private static String format(Locale locale, String key, long waiting, long oldestHours) {
        return new MessageFormat(NoticeQueue.text(locale, key), locale).format(new Object[] {waiting, oldestHours});
    }
}
