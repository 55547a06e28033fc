package io.vetted.review.trust;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks a SIREN up in the public company register. Definite answers are kept for a few hours (a
 * company's name and status change rarely, and one invitation campaign asks about the same
 * companies many times); an outage is never remembered.
 */
@Singleton
public class CompanyRegister {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyRegister.class);

    public enum Status {
        ACTIVE,
        CEASED,
        NOT_FOUND,
        UNAVAILABLE
    }

    /** {@code names} are the register's names for the company: full name, legal name, acronym. */
    public record Lookup(Status status, @Nullable String legalName, List<String> names) {
        static final Lookup NOT_FOUND = new Lookup(Status.NOT_FOUND, null, List.of());
        static final Lookup UNAVAILABLE = new Lookup(Status.UNAVAILABLE, null, List.of());
    }

    private final RegisterClient client;
    private final Cache<String, Lookup> answers = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofHours(6))
            .build();

    CompanyRegister(RegisterClient client) {
        this.client = client;
    }

    public Lookup lookup(String siren) {
        Lookup known = answers.getIfPresent(siren);
        if (known != null) {
            return known;
        }
        Lookup found;
        try {
            found = of(siren, client.search(siren));
        } catch (HttpClientException e) {
            LOG.warn("The company register could not be asked about {}: {}", siren, e.getMessage());
            return Lookup.UNAVAILABLE;
        }
        answers.put(siren, found);
        return found;
    }

    private static Lookup of(String siren, @Nullable RegisterAnswer.Search search) {
        if (search == null || search.results() == null) {
            return Lookup.NOT_FOUND;
        }
        return search.results().stream()
                .filter(c -> siren.equals(c.siren()))
                .findFirst()
                .map(c -> new Lookup(
                        "C".equals(c.etatAdministratif()) ? Status.CEASED : Status.ACTIVE,
                        c.nomComplet() != null ? c.nomComplet() : c.nomRaisonSociale(),
                        Stream.of(c.nomComplet(), c.nomRaisonSociale(), c.sigle())
                                .filter(n -> n != null && !n.isBlank())
                                .toList()))
                .orElse(Lookup.NOT_FOUND);
    }
}
