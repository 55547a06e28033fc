package io.vetted.e2e.drill;

import java.util.Map;

/**
 * One stop of a service under load and its restart: {@code how} is "SIGKILL" or "stop" (graceful). {@code inFlight}: the clients' requests to it
 * still unanswered at the kill; {@code leased}: outbox rows leased by a relay (review's and vendor's)
 * at the kill, i.e. a batch being delivered; {@code caught}: whether the moment the drill waited for
 * came before its patience ran out. {@code recoveryMs}: from the restart to the first acknowledged
 * write of each kind the service takes (-1: none came).
 */
public record Kill(
        String service,
        String how,
        int round,
        int inFlight,
        long leased,
        boolean caught,
        long killedAt,
        long restartedAt,
        long readyMs,
        Map<WriteKind, Long> recoveryMs) {

    public Kill withRecovery(Map<WriteKind, Long> recovery) {
        return new Kill(
                service, how, round, inFlight, leased, caught, killedAt, restartedAt, readyMs, Map.copyOf(recovery));
    }
}
