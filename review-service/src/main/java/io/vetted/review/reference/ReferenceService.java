package io.vetted.review.reference;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.vendor.VendorDirectory;
import jakarta.inject.Singleton;

import java.util.UUID;

@Singleton
class ReferenceService {

    private final VendorDirectory vendors;
    private final ReferenceWriter writer;
    private final ReferenceRepository references;

    ReferenceService(VendorDirectory vendors, ReferenceWriter writer, ReferenceRepository references) {
        this.vendors = vendors;
        this.writer = writer;
        this.references = references;
    }

    /** Checks the provider with vendor-service first, so no transaction is held open over HTTP. */
    ReferenceResponse create(UUID providerId, UUID author, String authorName, CreateReferenceRequest request) {
        vendors.requireProvider(providerId);
        return ReferenceResponse.of(writer.write(providerId, author, authorName, request));
    }

    @ReadOnly
    ReferenceResponse.Page list(UUID providerId, int page, int size) {
        var found = references.findByProviderId(providerId,
                Pageable.from(page, size, Sort.of(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
        return new ReferenceResponse.Page(found.getContent().stream().map(ReferenceResponse::of).toList(),
                found.getTotalSize(), page, size);
    }
}
