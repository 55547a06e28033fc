package io.vetted.support.auth;

import com.nimbusds.jose.jwk.JWKSet;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.HttpClientConfiguration;
import io.micronaut.http.client.HttpClientRegistry;
import io.micronaut.security.token.jwt.signature.jwks.HttpClientJwksClient;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Answers a failed JWKS fetch with the last key set identity-service published, for at most
 * {@link JwksFallbackConfiguration#maxStale()}. Micronaut refetches the set once its cache expires
 * (every minute) and, when identity-service is down, would otherwise have no key at all: every
 * signed-in user would be refused with 401 until it came back (seen in the kill drill).
 */
@Singleton
@Replaces(HttpClientJwksClient.class)
public class LastGoodJwksClient extends HttpClientJwksClient {

    private static final Logger LOG = LoggerFactory.getLogger(LastGoodJwksClient.class);

    private final Map<String, Fetched> lastGood = new ConcurrentHashMap<>();
    private final JwksFallbackConfiguration configuration;
    private final Clock clock;

    LastGoodJwksClient(
            BeanContext beanContext,
            HttpClientRegistry<HttpClient> clientRegistry,
            HttpClientConfiguration defaultClientConfiguration,
            JwksFallbackConfiguration configuration) {
        super(beanContext, clientRegistry, defaultClientConfiguration);
        this.configuration = configuration;
        this.clock = Clock.systemUTC();
    }

    @Override
    public Publisher<String> load(@Nullable String providerName, @NonNull String url) {
        return Mono.from(super.load(providerName, url))
                .onErrorResume(e -> Mono.empty())
                .doOnNext(body -> remember(url, body))
                .switchIfEmpty(Mono.defer(() -> Mono.justOrEmpty(fallback(url))));
    }

    private void remember(String url, String body) {
        if (hasKeys(body)) {
            Fetched previous = lastGood.put(url, new Fetched(body, clock.instant()));
            if (previous != null && previous.servedStale()) {
                LOG.info("JWKS at {} answers again; stale keys no longer used", url);
            }
        }
    }

    private String fallback(String url) {
        Fetched fetched = lastGood.get(url);
        if (fetched == null) {
            return null;
        }
        Instant limit = fetched.at().plus(configuration.maxStale());
        if (clock.instant().isAfter(limit)) {
            LOG.warn(
                    "JWKS at {} unreachable since {} and the last keys are older than {}: tokens are refused",
                    url,
                    fetched.at(),
                    configuration.maxStale());
            return null;
        }
        if (!fetched.servedStale()) {
            LOG.warn(
                    "JWKS at {} unreachable; checking tokens with the keys fetched at {} until {}",
                    url,
                    fetched.at(),
                    limit);
            lastGood.replace(url, fetched, fetched.stale());
        }
        return fetched.body();
    }

    private static boolean hasKeys(String body) {
        try {
            return !JWKSet.parse(body).isEmpty();
        } catch (ParseException e) {
            return false;
        }
    }

    private record Fetched(String body, Instant at, boolean servedStale) {
        Fetched(String body, Instant at) {
            this(body, at, false);
        }

        Fetched stale() {
            return new Fetched(body, at, true);
        }
    }
}
