package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.Amounts;
import io.vetted.web.security.CsrfForm;
import java.math.BigDecimal;
import java.util.List;

/** The new-profile form as posted: text fields and ticked boxes, mapped onto vendor-service's request. */
@Serdeable
public record ProviderForm(
        @Nullable String csrfToken,
        @Nullable String name,
        @Nullable String kind,
        @Nullable List<String> deliveryModes,
        @Nullable String city,
        @Nullable List<String> specialties,
        @Nullable String description,
        @Nullable String offerTitle,
        @Nullable String pricingModel,
        @Nullable String priceEur)
        implements CsrfForm {

    public static final ProviderForm EMPTY =
            new ProviderForm(null, "", "FREELANCE", List.of("REMOTE"), "", List.of(), "", "", "HOURLY", "");

    public String text(String value) {
        return value == null ? "" : value;
    }

    public boolean has(List<String> values, String value) {
        return values != null && values.contains(value);
    }

    VendorClient.NewProvider toRequest() {
        return new VendorClient.NewProvider(
                text(name),
                kind,
                list(deliveryModes),
                text(city),
                list(specialties),
                text(description),
                List.of(new VendorClient.NewOffer(text(offerTitle), pricingModel, price())));
    }

    /** Accepts "65", "65,50", "65 €" and the like ({@link Amounts}); anything else is sent as missing. */
    @Nullable
    BigDecimal price() {
        return Amounts.parse(priceEur).orElse(null);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
