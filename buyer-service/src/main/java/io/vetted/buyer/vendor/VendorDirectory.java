package io.vetted.buyer.vendor;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.Retryable;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers "is this a published provider?" from vendor-service, retrying brief outages (a GET is safe). */
@Singleton
public class VendorDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(VendorDirectory.class);

    private final VendorClient vendor;

    VendorDirectory(VendorClient vendor) {
        this.vendor = vendor;
    }

    /** @throws VendorUnavailableException when vendor-service cannot be asked (callers answer 503) */
    @Retryable(attempts = "3", delay = "150ms", predicate = TransientVendorFailure.class)
    public boolean isPublished(UUID providerId) {
        try {
            return vendor.provider(providerId) != null;
        } catch (HttpClientResponseException e) {
            if (e.getStatus().getCode() < 500) {
                LOG.warn("vendor-service refused the provider lookup: {}", e.getStatus());
            }
            throw new VendorUnavailableException(e);
        } catch (HttpClientException e) {
            throw new VendorUnavailableException(e);
        }
    }
}
