package io.vetted.vendor.sla;

import io.vetted.vendor.watch.WatchEvent;
import java.util.Optional;

/**
 * Whether new terms promise a slower response than the stored ones, most severe incidents first: a
 * longer response time, or none promised where there was one. Resolution times and hours are left
 * to the profile page; the response time is what buyers compare and filter on.
 */
final class SlaLowering {

    private SlaLowering() {}

    static Optional<WatchEvent.SlaChange> between(SlaTerms stored, SlaRequest request) {
        return slower("critical", stored.criticalResponseMinutes(), request.criticalResponseMinutes())
                .or(() -> slower("high", stored.highResponseMinutes(), request.highResponseMinutes()))
                .or(() -> slower("normal", stored.normalResponseMinutes(), request.normalResponseMinutes()));
    }

    private static Optional<WatchEvent.SlaChange> slower(String severity, Integer before, Integer after) {
        if (before == null || (after != null && after <= before)) {
            return Optional.empty();
        }
        return Optional.of(new WatchEvent.SlaChange(severity, before, after));
    }
}
