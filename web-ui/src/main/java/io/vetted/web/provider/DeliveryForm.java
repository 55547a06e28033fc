package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.security.CsrfForm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Serdeable
public record DeliveryForm(
        @Nullable String csrfToken,
        long version,
        @Nullable List<String> deliveryModes,
        @Nullable List<String> onSiteRegions,
        @Nullable List<String> onSiteDepartments,
        @Nullable String offshoreCountry)
        implements CsrfForm {

    static DeliveryForm of(VendorClient.Provider p) {
        return new DeliveryForm(
                null,
                p.version(),
                p.deliveryModes(),
                p.onSiteRegions(),
                p.onSiteDepartments(),
                FormValues.orEmpty(p.offshoreCountry()));
    }

    DeliveryForm withVersion(long fresh) {
        return new DeliveryForm(csrfToken, fresh, deliveryModes, onSiteRegions, onSiteDepartments, offshoreCountry);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("deliveryModes", FormValues.list(deliveryModes));
        body.put("onSiteRegions", FormValues.list(onSiteRegions));
        body.put("onSiteDepartments", FormValues.list(onSiteDepartments));
        body.put("offshoreCountry", FormValues.text(offshoreCountry));
        return body;
    }

    public boolean has(@Nullable List<String> values, String value) {
        return values != null && values.contains(value);
    }

    public String offshore() {
        return FormValues.orEmpty(offshoreCountry);
    }
}
