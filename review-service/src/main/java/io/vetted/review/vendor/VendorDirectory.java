package io.vetted.review.vendor;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.Retryable;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers "does this provider exist?" from vendor-service, retrying brief outages. */
@Singleton
public class VendorDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(VendorDirectory.class);

    private final VendorClient vendor;

    VendorDirectory(VendorClient vendor) {
        this.vendor = vendor;
    }

    /**
     * @throws org.zalando.problem.ThrowableProblem 404 when vendor-service does not know the
     *                                              provider, 503 when it cannot be asked
     */
    @Retryable(attempts = "3", delay = "150ms", predicate = TransientVendorFailure.class)
    public VendorProvider requireProvider(UUID providerId) {
        VendorProvider provider;
        try {
            provider = vendor.provider(providerId);
        } catch (HttpClientResponseException e) {
            if (e.getStatus().getCode() < 500) {
                LOG.warn("vendor-service refused the provider lookup: {}", e.getStatus());
            }
            throw unavailable(e);
        } catch (HttpClientException e) {
            throw unavailable(e);
        }
        if (provider == null) {
            throw ApiProblems.notFound("No provider with id " + providerId);
        }
        return provider;
    }

    private static VendorUnavailableException unavailable(Exception cause) {
        return new VendorUnavailableException(cause);
    }
}
