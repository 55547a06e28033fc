package io.vetted.web.provider;

import io.vetted.web.backend.VendorClient;
import io.vetted.web.reference.ReferenceSection;

/** A provider as its page shows it: the profile from vendor-service, what clients say from review-service. */
public record ProviderView(VendorClient.Provider provider, ReferenceSection references) {
}
