package io.vetted.identity.audit;

import static io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.support.net.ForwardedAddress;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit log. Each event commits on its own, so a failed sign-in is recorded even
 * though its request ends in an error; it is also logged for the platform's log pipeline.
 */
@Singleton
public class SecurityLog {

    private static final Logger LOG = LoggerFactory.getLogger("vetted.security");

    private final SecurityEventRepository events;
    private final ForwardedAddress clientAddress;

    SecurityLog(SecurityEventRepository events, ForwardedAddress clientAddress) {
        this.events = events;
        this.clientAddress = clientAddress;
    }

    @Transactional(propagation = REQUIRES_NEW)
    public void record(SecurityEventType type, @Nullable UUID accountId, @Nullable UUID actorId, String detail) {
        String address = clientAddress.current();
        LOG.info("security-event type={} account={} actor={} address={}", type, accountId, actorId, address);
        events.save(new SecurityEvent(
                null,
                type,
                accountId,
                actorId,
                address,
                detail.length() > 500 ? detail.substring(0, 500) : detail,
                null));
    }

    public void record(SecurityEventType type, @Nullable UUID accountId) {
        record(type, accountId, accountId, "");
    }

    @ReadOnly
    public SecurityEventView.Page search(
            @Nullable UUID accountId, @Nullable SecurityEventType type, int page, int size) {
        var found = events.search(accountId, type == null ? null : type.name(), Pageable.from(page, size));
        return new SecurityEventView.Page(
                found.getContent().stream().map(SecurityEventView::of).toList(), found.getTotalSize(), page, size);
    }

    /** The person's own events, for their data export: no moderator's id or address (OwnSecurityEvent). */
    @ReadOnly
    public List<OwnSecurityEvent> of(UUID accountId) {
        return events.findByAccountIdOrderByOccurredAtDesc(accountId).stream()
                .map(event -> OwnSecurityEvent.of(event, accountId))
                .toList();
    }
}
