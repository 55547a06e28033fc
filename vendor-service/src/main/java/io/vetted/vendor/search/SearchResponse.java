package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Serdeable
public record SearchResponse(List<Item> items, long total, int page, int size) {

    @Serdeable
    public record Item(UUID id, String name, String kind, String city, List<String> deliveryModes,
                       List<String> specialties, @Nullable BigDecimal averageRating, int referenceCount) {
    }
}
