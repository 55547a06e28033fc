package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One price of an offer, from the day it applies; rows are only ever added. */
@MappedEntity("offer_price")
public record OfferPrice(
        @Id @AutoPopulated @Nullable UUID id,
        UUID offerId,
        BigDecimal priceEur,
        LocalDate effectiveFrom,
        Instant announcedAt,
        int promisedNoticeDays) {}
