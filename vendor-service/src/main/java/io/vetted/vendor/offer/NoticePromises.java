package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The notice a price change is owed. A promise holds until replaced; a replaced promise keeps
 * holding until its own notice has run from the replacement, so lowering the notice takes effect
 * only after the old one ran out, while raising it applies at once. The notice in force is the
 * largest promise still holding.
 */
final class NoticePromises {

    private final List<NoticePromise> promises;

    /** @param promises an offer lineage's promises, oldest first */
    NoticePromises(List<NoticePromise> promises) {
        this.promises = List.copyOf(promises);
    }

    int inForce(Instant at) {
        int notice = 0;
        for (int i = 0; i < promises.size(); i++) {
            NoticePromise promise = promises.get(i);
            if (promise.promisedAt().isAfter(at)) {
                break;
            }
            Instant holdsUntil = holdsUntil(i, at);
            if (holdsUntil == null || at.isBefore(holdsUntil)) {
                notice = Math.max(notice, promise.noticeDays());
            }
        }
        return notice;
    }

    /** When the notice in force at {@code at} falls to the latest promise; null when it already has. */
    @Nullable
    Instant loweredFrom(Instant at) {
        Instant until = null;
        for (int i = 0; i < promises.size(); i++) {
            Instant holdsUntil = holdsUntil(i, at);
            if (!promises.get(i).promisedAt().isAfter(at)
                    && holdsUntil != null
                    && holdsUntil.isAfter(at)
                    && (until == null || holdsUntil.isAfter(until))) {
                until = holdsUntil;
            }
        }
        return until != null && inForce(at) > latest(at) ? until : null;
    }

    private int latest(Instant at) {
        int days = 0;
        for (NoticePromise promise : promises) {
            if (!promise.promisedAt().isAfter(at)) {
                days = promise.noticeDays();
            }
        }
        return days;
    }

    /** The end of promise {@code i}'s hold: its notice after it was replaced; null while it is the latest. */
    @Nullable
    private Instant holdsUntil(int i, Instant at) {
        if (i + 1 >= promises.size() || promises.get(i + 1).promisedAt().isAfter(at)) {
            return null;
        }
        return promises.get(i + 1)
                .promisedAt()
                .plus(Duration.ofDays(promises.get(i).noticeDays()));
    }
}
