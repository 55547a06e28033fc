package io.vetted.buyer.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** vendor-service's public answers as matching reads them; other fields are ignored. */
final class VendorViews {

    private VendorViews() {}

    @Serdeable
    record SearchPage(List<Candidate> items) {}

    @Serdeable
    record Candidate(UUID id, String name) {}

    @Serdeable
    record Profile(
            UUID id,
            String name,
            String city,
            @Nullable List<String> deliveryModes,
            @Nullable List<String> specialties,
            @Nullable List<String> onSiteRegions,
            @Nullable List<String> onSiteDepartments,
            @Nullable Sla sla,
            @Nullable Subcontracting subcontracting,
            @Nullable List<Claim> compliance) {}

    @Serdeable
    record Sla(@Nullable String afterHours, @Nullable Integer criticalResponseMinutes) {}

    @Serdeable
    record Subcontracting(@Nullable Boolean subcontracts) {}

    /** A compliance claim: {@code status} SELF_DECLARED or VERIFIED (by a moderator). */
    @Serdeable
    record Claim(String topic, String status) {}

    @Serdeable
    record Catalog(List<Region> regions) {}

    @Serdeable
    record Region(String code, List<Department> departments) {}

    @Serdeable
    record Department(String code) {}

    @Serdeable
    record Estimate(List<ProviderEstimate> providers) {}

    @Serdeable
    record ProviderEstimate(UUID providerId, Plan plan) {}

    @Serdeable
    record Plan(
            String kind,
            List<PlanLine> lines,
            @Nullable BigDecimal monthlyEur,
            @Nullable BigDecimal yearlyEur,
            List<String> unpriced) {}

    @Serdeable
    record PlanLine(
            String title, String basis, int quantity, BigDecimal unitPriceEur, BigDecimal monthlyEur, String reason) {}
}
