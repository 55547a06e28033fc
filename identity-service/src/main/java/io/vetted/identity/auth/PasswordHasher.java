package io.vetted.identity.auth;

import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id through Spring Security Crypto (on Bouncy Castle), with OWASP's minimum parameters:
 * 19 MiB of memory, 2 iterations, parallelism 1. At most one hash per core runs at a time: more
 * would not finish sooner, and a burst of sign-ins would otherwise claim 19 MiB of heap each.
 */
@Singleton
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;

    private final Semaphore slots =
            new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    // Verified against when the account does not exist, so a miss costs as much as a hit.
    private final String decoy = encoder.encode("decoy-password-never-matches");

    public String hash(String password) {
        return inSlot(() -> encoder.encode(password));
    }

    public boolean matches(String password, String hashOrNull) {
        boolean matches = inSlot(() -> encoder.matches(password, hashOrNull == null ? decoy : hashOrNull));
        return hashOrNull != null && matches;
    }

    private <T> T inSlot(Supplier<T> work) {
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
