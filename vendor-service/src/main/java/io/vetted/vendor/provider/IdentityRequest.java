package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.support.company.Siren;
import io.vetted.support.company.Siret;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Who the provider is, against the profile {@code version} it was edited from; languages are ISO 639-1 codes. */
@Serdeable
public record IdentityRequest(
        @NotNull Long version,
        @NotBlank @Size(max = 120) String name,
        @NotNull ProviderKind kind,
        @Nullable @Min(1) @Max(100000) Integer teamSize,
        @Nullable @Min(1900) @Max(2100) Integer yearFounded,
        @Nullable @Siren String siren,
        @Nullable @Siret String siret,

        @Nullable @Size(max = 200) @Pattern(regexp = "https?://\\S+")
        String website,

        @NotBlank @Size(max = 80) String city,
        @Nullable @Pattern(regexp = "\\d{5}") String postcode,
        @Nullable @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages) {}
