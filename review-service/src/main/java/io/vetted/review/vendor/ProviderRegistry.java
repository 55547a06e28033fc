package io.vetted.review.vendor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zalando.problem.ThrowableProblem;

/**
 * Published providers, as vendor-service says, remembered locally: while vendor-service is down,
 * a provider it confirmed before still counts as published; one it never confirmed gets 503. A
 * confirmation is reused for {@value #FRESH_SECONDS} seconds: a provider's page draws bursts of
 * references (invitation campaigns), and each lookup is a whole profile read in vendor-service. A
 * provider unpublished meanwhile may still receive references for that long.
 */
@Singleton
public class ProviderRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);

    static final int FRESH_SECONDS = 30;

    private final VendorDirectory directory;
    private final KnownProviderRepository known;
    private final Cache<UUID, VendorProvider> fresh = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(FRESH_SECONDS))
            .build();

    ProviderRegistry(VendorDirectory directory, KnownProviderRepository known) {
        this.directory = directory;
        this.known = known;
    }

    /** @throws ThrowableProblem 404 when the provider is unknown or unpublished; 503 when it cannot be checked */
    public VendorProvider require(UUID providerId) {
        VendorProvider confirmed = fresh.getIfPresent(providerId);
        if (confirmed != null) {
            return confirmed;
        }
        try {
            VendorProvider provider = directory.requireProvider(providerId);
            remember(provider);
            fresh.put(providerId, provider);
            return provider;
        } catch (VendorUnavailableException down) {
            VendorProvider cached = cached(providerId);
            if (cached == null) {
                throw down;
            }
            LOG.info("vendor-service is unavailable; provider {} is known from an earlier lookup", providerId);
            return cached;
        } catch (ThrowableProblem problem) {
            if (problem.getStatus() != null && problem.getStatus().getStatusCode() == HttpStatus.NOT_FOUND.getCode()) {
                forget(providerId);
            }
            throw problem;
        }
    }

    /** The provider as vendor-service last described it here, without asking it again (notices, watch events). */
    public Optional<VendorProvider> known(UUID providerId) {
        // a confirmation of the last seconds is what the stored copy says too, without reading it
        VendorProvider confirmed = fresh.getIfPresent(providerId);
        return Optional.ofNullable(confirmed != null ? confirmed : cached(providerId));
    }

    private void remember(VendorProvider provider) {
        known.remember(provider.id(), provider.ownerAccountId(), provider.name(), provider.website());
    }

    private void forget(UUID providerId) {
        fresh.invalidate(providerId);
        known.deleteById(providerId);
    }

    private VendorProvider cached(UUID providerId) {
        return known.findById(providerId).map(KnownProvider::provider).orElse(null);
    }
}
