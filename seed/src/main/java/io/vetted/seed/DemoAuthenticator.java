package io.vetted.seed;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The demo accounts' authenticator app: keeps each TOTP secret, and two recovery codes, in an
 * owner-only file (beside the demo password) from the moment it is issued, so that a load
 * interrupted while a second factor was on can still sign in as that account next time, and gives
 * codes the services accept (never a code of a 30-second step this load already used: they refuse
 * replays).
 */
final class DemoAuthenticator {

    private static final long PERIOD_SECONDS = 30;
    private static final String RECOVERY = "recovery.";

    private final Path file;
    private final Properties secrets = new Properties();
    private final Map<String, Long> usedSteps = new HashMap<>();

    DemoAuthenticator(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                secrets.load(reader);
            }
        }
    }

    void remember(String email, String secret) throws IOException {
        secrets.setProperty(email, secret);
        secrets.remove(RECOVERY + email); // belonged to the enrolment this secret replaces
        store();
    }

    /**
     * Keeps two recovery codes of the account's enrolment: one signs in, the other turns TOTP off, at
     * once, where a TOTP code may have to wait for the next step (also in the load after an
     * interrupted one).
     */
    void rememberRecoveryCodes(String email, List<String> codes) throws IOException {
        secrets.setProperty(RECOVERY + email, String.join(",", codes.subList(0, Math.min(2, codes.size()))));
        store();
    }

    /** A kept recovery code, or null when there is none left. */
    String recoveryCode(String email) {
        List<String> codes = recoveryCodes(email);
        return codes.isEmpty() ? null : codes.get(0);
    }

    /** The code {@link #recoveryCode} gave was sent: used or refused, it is not sent again. */
    void recoveryCodeSpent(String email) throws IOException {
        List<String> codes = recoveryCodes(email);
        if (!codes.isEmpty()) {
            secrets.setProperty(RECOVERY + email, String.join(",", codes.subList(1, codes.size())));
            store();
        }
    }

    private List<String> recoveryCodes(String email) {
        String kept = secrets.getProperty(RECOVERY + email, "");
        return kept.isEmpty() ? List.of() : List.of(kept.split(","));
    }

    /** TOTP is off: the service deleted the enrolment's recovery codes. */
    void forgetRecoveryCodes(String email) throws IOException {
        if (secrets.remove(RECOVERY + email) != null) {
            store();
        }
    }

    private void store() throws IOException {
        Path next = Files.createTempFile(
                file.toAbsolutePath().getParent(),
                ".demo-totp",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(next)) {
            secrets.store(
                    writer,
                    "TOTP secrets and recovery codes of the demo accounts, kept to resume an interrupted demo load");
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A code of the current step, waiting for the next step when this one was used already. */
    String code(String email) throws InterruptedException {
        long step = currentStep();
        while (step <= usedSteps.getOrDefault(email, Long.MIN_VALUE)) {
            Thread.sleep(1000);
            step = currentStep();
        }
        usedSteps.put(email, step);
        return generate(email, step);
    }

    /** A code to confirm an enrolment with; the service spends its step like any other code's. */
    String enrolmentCode(String email) {
        long step = currentStep();
        usedSteps.put(email, step);
        return generate(email, step);
    }

    /** The service refused the current step's code: an earlier load used it, so wait for the next one. */
    void refused(String email) {
        usedSteps.put(email, currentStep());
    }

    private String generate(String email, long step) {
        String secret = secrets.getProperty(email);
        if (secret == null) {
            throw new IllegalStateException(email + " has two-step verification on, but its secret is not in " + file
                    + ": drop the demo databases (./run --reset) to load the demo afresh");
        }
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long currentStep() {
        return Instant.now().getEpochSecond() / PERIOD_SECONDS;
    }
}
