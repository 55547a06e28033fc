package io.vetted.vendor.estimate;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The buyer's fleet, expected hours of work and on-site call-outs per month, and the 1 to 4 providers
 * to price it with. Without {@code interventions}, one call-out is assumed per started two hours.
 */
@Introspected
public record EstimateCriteria(
        @QueryValue @NotEmpty @Size(max = 4) List<@NotNull UUID> provider,
        @Nullable @QueryValue @Min(0) @Max(100000) Integer users,
        @Nullable @QueryValue @Min(0) @Max(100000) Integer workstations,
        @Nullable @QueryValue @Min(0) @Max(10000) Integer servers,
        @Nullable @QueryValue @Min(0) @Max(744) Integer hours,
        @Nullable @QueryValue @Min(0) @Max(372) Integer interventions) {}
