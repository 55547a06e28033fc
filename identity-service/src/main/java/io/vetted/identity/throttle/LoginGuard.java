package io.vetted.identity.throttle;

import io.micronaut.http.context.ServerRequestContext;
import io.vetted.support.net.ForwardedAddress;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may try a password for an account now. Failures count per (account, address) pair with
 * growing delays ({@link LoginBackoff}), per address (stuffing across accounts) and per account
 * across every address, a much higher ceiling that pauses password sign-in for the account except
 * from an address or device that signed in to it before. The mailed sign-in link is never paused
 * by these counters, nor is the re-authentication of a signed-in owner.
 */
@Singleton
public class LoginGuard {

    static final String DEVICE_HEADER = "X-Vetted-Device";
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final Throttle throttle;
    private final LoginBackoff backoff;
    private final FamiliarSignIns familiar;
    private final ForwardedAddress clientAddress;

    LoginGuard(Throttle throttle, LoginBackoff backoff, FamiliarSignIns familiar, ForwardedAddress clientAddress) {
        this.throttle = throttle;
        this.backoff = backoff;
        this.familiar = familiar;
        this.clientAddress = clientAddress;
    }

    /** @throws TooManyAttemptsException when a password may not be tried for {@code email} from here now */
    public void check(String email) {
        String address = clientAddress.current();
        throttle.check("login-address", address);
        Optional<Duration> locked = backoff.lockedFor(pair(email, address));
        if (locked.isPresent()) {
            throw new TooManyAttemptsException(locked.get());
        }
        try {
            throttle.check("login-account", email);
        } catch (TooManyAttemptsException e) {
            if (!familiar.anyKnown(signals(email, address))) {
                throw e;
            }
        }
    }

    /** Counts a wrong password; the lock of this address on this account it starts, if it starts one. */
    public Optional<Duration> failed(String email) {
        String address = clientAddress.current();
        Optional<Duration> lock = backoff.failed(pair(email, address));
        try {
            throttle.count("login-account", email);
        } catch (TooManyAttemptsException ceilingAlreadyReached) {
            // already paused for everyone unfamiliar; this failure is an answer of its own (401)
        }
        throttle.count("login-address", address);
        return lock;
    }

    /** The password was right: this address's failures on the account are forgotten. */
    public void passwordAccepted(String email) {
        backoff.forget(pair(email, clientAddress.current()));
    }

    /** A sign-in completed: this address and device are now familiar to the account. */
    public void signedIn(String email) {
        String address = clientAddress.current();
        backoff.forget(pair(email, address));
        familiar.remember(signals(email, address));
    }

    private static String pair(String email, String address) {
        return email + "\n" + address;
    }

    private static List<String> signals(String email, String address) {
        List<String> signals = new ArrayList<>(List.of("address\n" + email + "\n" + address));
        ServerRequestContext.currentRequest()
                .map(request -> request.getHeaders().get(DEVICE_HEADER))
                .filter(device -> DEVICE.matcher(device).matches())
                .ifPresent(device -> signals.add("device\n" + email + "\n" + device));
        return signals;
    }
}
