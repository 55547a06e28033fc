package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * How the provider delivers: the regions and departments (INSEE codes) it serves on site, and the
 * country of its delivery team when that is not France.
 */
@Serdeable
public record DeliveryRequest(
        @NotNull Long version,
        @NotEmpty Set<@NotNull DeliveryMode> deliveryModes,
        @Nullable @Size(max = 18) List<@NotNull String> onSiteRegions,
        @Nullable @Size(max = 101) List<@NotNull String> onSiteDepartments,
        @Nullable @Pattern(regexp = "[A-Z]{2}") String offshoreCountry) {}
