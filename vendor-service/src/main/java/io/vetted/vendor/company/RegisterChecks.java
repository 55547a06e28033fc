package io.vetted.vendor.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Asks the register about declared SIRENs outside of any transaction: right after the save that
 * set one commits, and on every replica's schedule for those still PENDING or UNAVAILABLE. A
 * provider's save never waits for the register.
 */
@Singleton
class RegisterChecks {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final CompanyIdentityRepository identities;
    private final CompanyRegister register;
    private final RegisterConfiguration configuration;
    private final JdbcOperations jdbc;

    RegisterChecks(
            CompanyIdentityRepository identities,
            CompanyRegister register,
            RegisterConfiguration configuration,
            JdbcOperations jdbc) {
        this.identities = identities;
        this.register = register;
        this.configuration = configuration;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener
    @Async(TaskExecutors.BLOCKING)
    void onSirenChanged(RegisterCheckRequested event) {
        check(event.providerId());
    }

    @Scheduled(
            fixedDelay = "${vetted.company-register.recheck-interval:1m}",
            initialDelay = "${vetted.company-register.recheck-initial-delay:10s}")
    void checkDue() {
        lease().forEach(this::check);
    }

    /** Asks about the provider's current SIREN and stores the answer (nothing when it changed meanwhile). */
    void check(UUID providerId) {
        identities.findById(providerId).ifPresent(identity -> {
            CompanyRegister.Lookup lookup = register.lookup(identity.siren());
            Instant next = lookup.state() == RegisterState.UNAVAILABLE
                    ? Instant.now().plus(configuration.retryAfter(identity.checkAttempts() + 1))
                    : null;
            store(providerId, identity.siren(), lookup, next);
        });
    }

    @Transactional
    void store(UUID providerId, String siren, CompanyRegister.Lookup lookup, @Nullable Instant nextCheckAt) {
        identities.storeLookup(providerId, siren, lookup.state().name(), lookup.name(), nextCheckAt);
    }

    @Transactional
    List<UUID> lease() {
        return jdbc.prepareStatement("""
                UPDATE company_identity SET next_check_at = ?
                 WHERE provider_id IN (SELECT provider_id FROM company_identity
                                        WHERE register_state IN ('PENDING', 'UNAVAILABLE') AND next_check_at <= now()
                                        ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING provider_id""", statement -> {
            statement.setTimestamp(1, Timestamp.from(Instant.now().plus(LEASE)));
            statement.setInt(2, BATCH);
            List<UUID> leased = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    leased.add(rows.getObject(1, UUID.class));
                }
            }
            return leased;
        });
    }
}
