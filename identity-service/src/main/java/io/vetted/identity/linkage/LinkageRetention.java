package io.vetted.identity.linkage;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Signals unseen for the retention period (12 months by default) are deleted; idempotent, so every replica may run it. */
@Singleton
class LinkageRetention {

    private final LinkageStore store;

    LinkageRetention(LinkageStore store) {
        this.store = store;
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "10m")
    void forgetExpired() {
        store.forgetExpired();
    }
}
