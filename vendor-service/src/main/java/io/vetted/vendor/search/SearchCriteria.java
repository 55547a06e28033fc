package io.vetted.vendor.search;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.vetted.vendor.catalog.ComplianceTopic;
import io.vetted.vendor.catalog.Sector;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.DeliveryMode;
import io.vetted.vendor.provider.ProviderKind;
import io.vetted.vendor.sla.AfterHours;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A search as the query string states it. Repeated parameters (specialty, language, mode, sector,
 * certification) must all match. {@code afterHours} is a minimum level; {@code maxPrice} applies to
 * the {@code pricing} basis; {@code after} / {@code before} are cursors from a previous answer;
 * {@code literal} searches the words as typed, without reading places, synonyms or generic words;
 * {@code publishedAfter} keeps providers published since that instant (a saved search's "new since
 * your last visit", counted with {@code size=1} and read from {@code total}); {@code provider} keeps
 * that one provider only, and then answers exactly, without the spelling tolerance (buyer-service's
 * "does this new provider match a saved search", read from {@code total}).
 */
@Introspected
public record SearchCriteria(
        @Nullable @QueryValue @Size(max = 200) String q,
        @Nullable @QueryValue ProviderKind kind,
        @Nullable @QueryValue @Size(max = 2) List<DeliveryMode> mode,
        @Nullable @QueryValue @Pattern(regexp = "\\d{2}") String region,

        @Nullable @QueryValue @Pattern(regexp = "\\d{2}|2A|2B|97\\d")
        String department,

        @Nullable @QueryValue @Size(max = 12) List<Specialty> specialty,
        @Nullable @QueryValue @Size(max = 10) List<@Pattern(regexp = "[a-z]{2}") String> language,
        @Nullable @QueryValue @Size(max = 14) List<Sector> sector,
        @Nullable @QueryValue PriceBasis pricing,

        @Nullable @QueryValue @DecimalMin("0.01") @DecimalMax("1000000")
        BigDecimal maxPrice,

        @Nullable @QueryValue AfterHours afterHours,
        @Nullable @QueryValue @Min(1) @Max(43200) Integer maxCriticalResponse,
        @Nullable @QueryValue Boolean noSubcontracting,
        @Nullable @QueryValue @Size(max = 16) List<ComplianceTopic> certification,
        @Nullable @QueryValue Boolean verifiedOnly,

        @Nullable @QueryValue @DecimalMin("1") @DecimalMax("5")
        BigDecimal minRating,

        @Nullable @QueryValue @Min(0) @Max(100000) Integer minVerifiedReferences,
        @Nullable @QueryValue SearchSort sort,
        @Nullable @QueryValue @Min(0) @Max(1000) Integer page,
        @Nullable @QueryValue @Min(1) @Max(100) Integer size,
        @Nullable @QueryValue @Size(max = 300) String after,
        @Nullable @QueryValue @Size(max = 300) String before,

        @Nullable @QueryValue @Pattern(regexp = "true|false")
        String literal,

        @Nullable @QueryValue Instant publishedAfter,
        @Nullable @QueryValue UUID provider) {

    public static SearchCriteria text(@Nullable String q) {
        return new SearchCriteria(
                q, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    boolean isLiteral() {
        return "true".equals(literal);
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
