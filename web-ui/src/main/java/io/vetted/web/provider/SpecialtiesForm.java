package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.security.CsrfForm;
import java.util.List;
import java.util.Map;

@Serdeable
public record SpecialtiesForm(
        @Nullable String csrfToken,
        long version,
        @Nullable List<String> specialties,
        @Nullable String description) implements CsrfForm {

    static SpecialtiesForm of(VendorClient.Provider p) {
        return new SpecialtiesForm(null, p.version(), p.specialties(), p.description());
    }

    SpecialtiesForm withVersion(long fresh) {
        return new SpecialtiesForm(csrfToken, fresh, specialties, description);
    }

    Map<String, Object> body() {
        return Map.of(
                "version",
                version,
                "specialties",
                FormValues.list(specialties),
                "description",
                FormValues.orEmpty(description));
    }

    public boolean has(String specialty) {
        return specialties != null && specialties.contains(specialty);
    }

    public String text() {
        return FormValues.orEmpty(description);
    }
}
