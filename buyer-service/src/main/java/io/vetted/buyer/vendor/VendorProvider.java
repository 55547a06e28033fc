package io.vetted.buyer.vendor;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** All buyer-service reads of a provider: that it is published. vendor-service owns the rest. */
@Serdeable
public record VendorProvider(UUID id, String name) {}
