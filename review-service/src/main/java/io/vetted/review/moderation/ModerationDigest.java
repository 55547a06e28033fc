package io.vetted.review.moderation;

import io.vetted.review.notice.ModeratorNotices;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;

/** Tells every moderator, once a day, how many cases wait and for how long; nothing when none waits. */
@Singleton
public class ModerationDigest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ModerationCases cases;
    private final ModeratorNotices notices;

    ModerationDigest(ModerationCases cases, ModeratorNotices notices) {
        this.cases = cases;
        this.notices = notices;
    }

    /** @return how many cases the digest counted (0: none was sent) */
    public long send() {
        ModerationCases.Stats stats = cases.stats();
        if (stats.waiting() > 0) {
            notices.digest(LocalDate.now(PARIS), stats.waiting(), (long) (stats.oldestSeconds() / 3600));
        }
        return stats.waiting();
    }
}
