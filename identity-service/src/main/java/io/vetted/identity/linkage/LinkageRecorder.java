package io.vetted.identity.linkage;

import io.micronaut.data.event.listeners.PostPersistEventListener;
import io.micronaut.http.context.ServerRequestContext;
import io.vetted.identity.audit.SecurityEvent;
import io.vetted.identity.audit.SecurityEventType;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hooks linkage onto the audit log rather than into sign-in itself: every sign-up and successful
 * sign-in is already recorded as a security event with the client's address, so that is where the
 * address and the device identifier ({@value #DEVICE_HEADER}, forwarded by web-ui from its
 * first-party cookie) are recorded, hashed. An account's deletion forgets its signals.
 */
@Singleton
class LinkageRecorder implements PostPersistEventListener<SecurityEvent> {

    static final String DEVICE_HEADER = "X-Vetted-Device";

    private static final Logger LOG = LoggerFactory.getLogger(LinkageRecorder.class);

    private final Signals signals;
    private final LinkageStore store;

    LinkageRecorder(Signals signals, LinkageStore store) {
        this.signals = signals;
        this.store = store;
    }

    @Override
    public void postPersist(SecurityEvent event) {
        if (event.accountId() == null) {
            return;
        }
        try {
            if (event.type() == SecurityEventType.ACCOUNT_DELETED) {
                store.forget(event.accountId());
            } else if (event.type() == SecurityEventType.SIGN_UP || event.type() == SecurityEventType.LOGIN_SUCCEEDED) {
                signals.address(event.clientAddress()).ifPresent(h -> store.record(event.accountId(), "ADDRESS", h));
                ServerRequestContext.currentRequest()
                        .map(request -> request.getHeaders().get(DEVICE_HEADER))
                        .flatMap(signals::device)
                        .ifPresent(h -> store.record(event.accountId(), "DEVICE", h));
            }
        } catch (RuntimeException e) {
            // linkage is a signal for moderators; it must never stop anyone from signing in
            LOG.warn("Linkage not recorded for account {}: {}", event.accountId(), e.getMessage());
        }
    }
}
