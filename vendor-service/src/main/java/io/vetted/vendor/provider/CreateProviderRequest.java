package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.support.company.Siren;
import io.vetted.support.company.Siret;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.offer.OfferRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A new profile: what the foundation asked for, plus any identity and delivery details known already. */
@Serdeable
public record CreateProviderRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull ProviderKind kind,
        @NotEmpty Set<@NotNull DeliveryMode> deliveryModes,
        @NotBlank @Size(max = 80) String city,
        @NotEmpty @Size(max = 12) Set<@NotNull Specialty> specialties,
        @Nullable @Size(max = 4000) String description,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull OfferRequest> offers,
        @Nullable @Min(1) @Max(100000) Integer teamSize,
        @Nullable @Min(1900) @Max(2100) Integer yearFounded,
        @Nullable @Siren String siren,
        @Nullable @Siret String siret,

        @Nullable @Size(max = 200) @Pattern(regexp = "https?://\\S+")
        String website,

        @Nullable @Pattern(regexp = "\\d{5}") String postcode,
        @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
        @Nullable @Size(max = 18) List<@NotNull String> onSiteRegions,
        @Nullable @Size(max = 101) List<@NotNull String> onSiteDepartments,
        @Nullable @Pattern(regexp = "[A-Z]{2}") String offshoreCountry) {

    public CreateProviderRequest(
            String name,
            ProviderKind kind,
            Set<DeliveryMode> deliveryModes,
            String city,
            Set<Specialty> specialties,
            String description,
            List<OfferRequest> offers) {
        this(
                name,
                kind,
                deliveryModes,
                city,
                specialties,
                description,
                offers,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    IdentityRequest identity() {
        return new IdentityRequest(
                0L, name, kind, teamSize, yearFounded, siren, siret, website, city, postcode, languages);
    }

    DeliveryRequest delivery() {
        return new DeliveryRequest(0L, deliveryModes, onSiteRegions, onSiteDepartments, offshoreCountry);
    }
}
