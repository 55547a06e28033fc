package io.vetted.review.vendor;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks vendor-service who stands behind a provider; empty when it cannot say (down, or an older version). */
@Singleton
public class VendorLinkage {

    private static final Logger LOG = LoggerFactory.getLogger(VendorLinkage.class);

    private final VendorClient vendor;

    VendorLinkage(VendorClient vendor) {
        this.vendor = vendor;
    }

    public Optional<ProviderLinkage> of(UUID providerId) {
        try {
            return Optional.ofNullable(vendor.linkage(providerId));
        } catch (HttpClientResponseException e) {
            LOG.warn("vendor-service gave no linkage for provider {}: {}", providerId, e.getStatus());
            return Optional.empty();
        } catch (HttpClientException e) {
            LOG.warn("vendor-service is unavailable for linkage of provider {}: {}", providerId, e.getMessage());
            return Optional.empty();
        }
    }
}
