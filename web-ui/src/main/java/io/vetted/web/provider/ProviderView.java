package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.reference.ReferenceForm;

import java.math.RoundingMode;
import java.util.Map;

/**
 * A provider as its page shows it. {@code reputation} comes from review-service, which owns it,
 * so a reference just posted counts at once; search results show vendor-service's propagated copy.
 */
public record ProviderView(VendorClient.Provider provider, ReviewClient.Reputation reputation,
                           ReviewClient.References references, ReferenceForm form, Map<String, String> errors,
                           @Nullable String notice) {

    public int roundedRating() {
        return reputation.averageRating() == null ? 0
                : reputation.averageRating().setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
