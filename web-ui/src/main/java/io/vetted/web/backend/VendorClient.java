package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** vendor-service, as the site uses it. */
@Client(id = "vendor")
public interface VendorClient {

    @Get("/api/providers{?q,page,size}")
    SearchResults search(@Nullable @QueryValue String q, @QueryValue int page, @QueryValue int size);

    /** @return null when there is no such provider */
    @Nullable
    @Get("/api/providers/{id}")
    Provider provider(@PathVariable UUID id);

    /** @return null when the signed-in provider has no profile yet */
    @Nullable
    @Get("/api/providers/mine")
    Provider mine(@Header(HttpHeaders.AUTHORIZATION) String authorization);

    @Post("/api/providers")
    Provider create(@Header(HttpHeaders.AUTHORIZATION) String authorization, @Body NewProvider provider);

    @Serdeable
    record SearchResults(List<Summary> items, long total, int page, int size) {
        public SearchResults {
            items = items == null ? List.of() : items;
        }
    }

    @Serdeable
    record Summary(UUID id, String name, String kind, String city, List<String> deliveryModes,
                   List<String> specialties, @Nullable BigDecimal averageRating, int referenceCount) {
        public Summary {
            deliveryModes = deliveryModes == null ? List.of() : deliveryModes;
            specialties = specialties == null ? List.of() : specialties;
        }
    }

    @Serdeable
    record Provider(UUID id, UUID ownerAccountId, String name, String kind, List<String> deliveryModes, String city,
                    List<String> specialties, String description, List<Offer> offers, Reputation reputation) {
        public Provider {
            deliveryModes = deliveryModes == null ? List.of() : deliveryModes;
            specialties = specialties == null ? List.of() : specialties;
            offers = offers == null ? List.of() : offers;
            description = description == null ? "" : description;
            reputation = reputation == null ? new Reputation(null, 0) : reputation;
        }
    }

    @Serdeable
    record Offer(UUID id, String title, String pricingModel, BigDecimal priceEur) {
    }

    @Serdeable
    record Reputation(@Nullable BigDecimal averageRating, int referenceCount) {
    }

    @Serdeable
    record NewProvider(String name, String kind, List<String> deliveryModes, String city, List<String> specialties,
                       String description, List<NewOffer> offers) {
    }

    @Serdeable
    record NewOffer(String title, String pricingModel, @Nullable BigDecimal priceEur) {
    }
}
