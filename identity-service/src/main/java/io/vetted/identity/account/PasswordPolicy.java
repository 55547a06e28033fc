package io.vetted.identity.account;

import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Length is checked by bean validation (12 to 128 characters, any characters, spaces welcome);
 * here a password is refused when it is a common one, a common one padded with digits or
 * symbols, a repetition of one, or the account's own email.
 */
@Singleton
public class PasswordPolicy {

    private static final String LIST = "passwords/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = Objects.requireNonNull(getClass().getClassLoader().getResourceAsStream(LIST), LIST);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws org.zalando.problem.ThrowableProblem 422 naming {@code field} when the password is too guessable */
    public void check(String field, String password, String email) {
        if (guessable(password, email)) {
            throw ApiProblems.unprocessable(field, "is too common or too easy to guess; choose another");
        }
    }

    boolean guessable(String password, String email) {
        String lower = password.toLowerCase(Locale.ROOT).strip();
        String core = lower.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
        return common.contains(lower)
                || (core.length() >= 4 && common.contains(core))
                || repeats(lower)
                || lower.equals(email.toLowerCase(Locale.ROOT))
                || lower.equals(email.split("@", 2)[0].toLowerCase(Locale.ROOT));
    }

    private boolean repeats(String password) {
        for (int unit = 1; unit <= password.length() / 2; unit++) {
            if (password.length() % unit == 0
                    && password.equals(password.substring(0, unit).repeat(password.length() / unit))
                    && (unit <= 3 || common.contains(password.substring(0, unit)))) {
                return true;
            }
        }
        return false;
    }
}
