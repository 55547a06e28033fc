package io.vetted.review.trust;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Free-mail, disposable and ISP domains (data: {@code trust/free-mail-domains.txt}, derived by
 * {@code scripts/free-mail-domains.sh}). An address there never tells which company writes.
 */
@Singleton
public class FreeMailDomains {

    static final String RESOURCE = "trust/free-mail-domains.txt";

    private final Set<String> domains;

    FreeMailDomains() {
        this.domains = load();
    }

    /** Also true for a blank domain: no domain says nothing about a company either. */
    public boolean isFree(@Nullable String domain) {
        if (domain == null || domain.isBlank()) {
            return true;
        }
        return domains.contains(domain) || domains.contains(Domains.registrable(domain));
    }

    private static Set<String> load() {
        Set<String> found = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(
                        FreeMailDomains.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String domain = line.strip();
                if (!domain.isEmpty() && !domain.startsWith("#")) {
                    found.add(domain);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(found);
    }
}
