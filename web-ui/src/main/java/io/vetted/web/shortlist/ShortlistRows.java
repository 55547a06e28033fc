package io.vetted.web.shortlist;

import io.vetted.web.backend.BuyerClient;
import io.vetted.web.backend.VendorClient;
import jakarta.inject.Singleton;
import java.util.List;

/** Shortlist entries with their providers' names, read from vendor-service (a withdrawn profile has none). */
@Singleton
class ShortlistRows {

    private final VendorClient vendor;

    ShortlistRows(VendorClient vendor) {
        this.vendor = vendor;
    }

    List<ShortlistPages.Row> of(List<BuyerClient.Entry> entries) {
        return entries.stream()
                .map(e -> {
                    VendorClient.Provider p = vendor.provider(e.providerId());
                    return new ShortlistPages.Row(e, p == null ? null : p.name());
                })
                .toList();
    }
}
