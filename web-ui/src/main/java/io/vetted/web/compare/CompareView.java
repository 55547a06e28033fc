package io.vetted.web.compare;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.backend.VendorModels;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** The providers side by side, the buyer's fleet, and what each offer would cost for it. */
public record CompareView(
        List<VendorClient.Provider> providers,
        Fleet fleet,
        @Nullable VendorModels.Estimate estimate) {

    /** The fleet as typed, kept as text so the form shows back exactly what was entered. */
    public record Fleet(String users, String workstations, String servers, String hours) {
        public static final Fleet DEFAULT = new Fleet("10", "10", "1", "4");
    }

    @Nullable
    public VendorModels.ProviderEstimate estimateFor(UUID providerId) {
        return estimate == null
                ? null
                : estimate.providers().stream()
                        .filter(p -> p.providerId().equals(providerId))
                        .findFirst()
                        .orElse(null);
    }

    /** The criteria at least one compared provider has a rating for. */
    public Set<String> criteria() {
        return providers.stream()
                .flatMap(p -> p.reputation().criteria().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The topics at least one compared provider claims, certifications first. */
    public List<String> topics(boolean certifications) {
        return providers.stream()
                .flatMap(p -> p.compliance().stream())
                .filter(c -> c.certification() == certifications)
                .map(VendorModels.Claim::topic)
                .distinct()
                .sorted()
                .toList();
    }

    @Nullable
    public VendorModels.Claim claim(VendorClient.Provider provider, String topic) {
        return provider.compliance().stream()
                .filter(c -> c.topic().equals(topic))
                .findFirst()
                .orElse(null);
    }

    public boolean canAddMore() {
        return providers.size() < CompareSelection.MAX;
    }
}
