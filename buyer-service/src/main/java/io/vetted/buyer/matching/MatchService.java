package io.vetted.buyer.matching;

import io.vetted.buyer.matching.MatchesResponse.Assumptions;
import io.vetted.buyer.matching.MatchesResponse.Match;
import io.vetted.buyer.requirements.RequirementsResponse;
import io.vetted.buyer.requirements.RequirementsService;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * "Providers for my needs": candidates from vendor-service's public search, each profile checked
 * against the requirements and priced for the fleet, then ranked by {@link Ranking}. Nothing is
 * stored; vendor-service is asked outside any transaction.
 */
@Singleton
class MatchService {

    /** Enough to choose from, few enough to fetch each profile on every visit. */
    static final int CANDIDATES = 12;

    private static final int PER_SEARCH = 10;
    private static final int PROVIDERS_PER_ESTIMATE = 4;

    private final RequirementsService requirements;
    private final MatchVendor vendor;

    MatchService(RequirementsService requirements, MatchVendor vendor) {
        this.requirements = requirements;
        this.vendor = vendor;
    }

    MatchesResponse matches(UUID account) {
        RequirementsResponse needs = requirements.of(account);
        Assumptions month = assumptions(needs);
        if (needs.version() == null) {
            return new MatchesResponse(false, month, List.of());
        }
        List<VendorViews.Profile> profiles = candidates(needs).stream()
                .map(vendor::profile)
                .filter(Objects::nonNull)
                .toList();
        Map<UUID, VendorViews.Plan> plans = plans(profiles, month);
        Map<String, List<String>> regions = needs.departments().isEmpty() ? Map.of() : regions();
        List<Match> ranked = new ArrayList<>();
        for (VendorViews.Profile profile : profiles) {
            VendorViews.Plan plan = plans.get(profile.id());
            var lines = MatchRules.lines(needs, profile, onSite(profile, regions), plan);
            ranked.add(new Match(
                    0, profile.id(), profile.name(), profile.city(), Ranking.score(lines), lines, cost(plan)));
        }
        ranked.sort(Ranking.ORDER);
        List<Match> numbered = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Match m = ranked.get(i);
            numbered.add(new Match(i + 1, m.providerId(), m.name(), m.city(), m.score(), m.lines(), m.cost()));
        }
        return new MatchesResponse(true, month, numbered);
    }

    /**
     * The month every estimate prices: the requirements' fleet, one hour of hands-on work per five
     * workstations or servers (at least one), and one on-site call-out when on-site work is needed.
     */
    static Assumptions assumptions(RequirementsResponse needs) {
        int users = Objects.requireNonNullElse(needs.fleet().users(), 0);
        int workstations = Objects.requireNonNullElse(needs.fleet().workstations(), 0);
        int servers = Objects.requireNonNullElse(needs.fleet().servers(), 0);
        int hours = Math.max(1, (workstations + servers + 4) / 5);
        return new Assumptions(
                users, workstations, servers, hours, needs.departments().isEmpty() ? 0 : 1);
    }

    /** One search per needed specialty, on site in the first département when on-site work is needed. */
    private List<UUID> candidates(RequirementsResponse needs) {
        String department =
                needs.departments().isEmpty() ? null : needs.departments().get(0);
        List<String> specialties = needs.specialties().isEmpty()
                ? Collections.singletonList(null)
                : needs.specialties().stream().map(Enum::name).toList();
        Set<UUID> found = new LinkedHashSet<>();
        for (String specialty : specialties) {
            for (VendorViews.Candidate c : vendor.search(specialty, department, PER_SEARCH)) {
                if (found.size() < CANDIDATES) {
                    found.add(c.id());
                }
            }
        }
        return List.copyOf(found);
    }

    private Map<UUID, VendorViews.Plan> plans(List<VendorViews.Profile> profiles, Assumptions month) {
        Map<UUID, VendorViews.Plan> plans = new HashMap<>();
        for (int from = 0; from < profiles.size(); from += PROVIDERS_PER_ESTIMATE) {
            List<UUID> ids = profiles.subList(from, Math.min(profiles.size(), from + PROVIDERS_PER_ESTIMATE)).stream()
                    .map(VendorViews.Profile::id)
                    .toList();
            var estimate = vendor.estimate(new MatchVendorClient.EstimateQuery(
                    ids, month.users(), month.workstations(), month.servers(), month.hours(), month.interventions()));
            estimate.providers().forEach(p -> plans.put(p.providerId(), p.plan()));
        }
        return plans;
    }

    private Map<String, List<String>> regions() {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        for (VendorViews.Region region : vendor.catalog().regions()) {
            regions.put(
                    region.code(),
                    region.departments().stream()
                            .map(VendorViews.Department::code)
                            .toList());
        }
        return regions;
    }

    /** The départements a provider works on site in: those it lists and those of the regions it lists. */
    private static Set<String> onSite(VendorViews.Profile profile, Map<String, List<String>> regions) {
        Set<String> departments = new HashSet<>();
        if (profile.deliveryModes() == null || !profile.deliveryModes().contains("ON_SITE")) {
            return departments;
        }
        departments.addAll(Objects.requireNonNullElse(profile.onSiteDepartments(), List.of()));
        for (String region : Objects.requireNonNullElse(profile.onSiteRegions(), List.<String>of())) {
            departments.addAll(regions.getOrDefault(region, List.of()));
        }
        return departments;
    }

    private static MatchesResponse.Cost cost(VendorViews.Plan plan) {
        if (plan == null) {
            return new MatchesResponse.Cost("QUOTE_ONLY", null, null, List.of(), List.of());
        }
        return new MatchesResponse.Cost(
                plan.kind(),
                plan.monthlyEur(),
                plan.yearlyEur(),
                plan.lines().stream()
                        .map(l -> new MatchesResponse.CostLine(
                                l.title(), l.basis(), l.quantity(), l.unitPriceEur(), l.monthlyEur(), l.reason()))
                        .toList(),
                plan.unpriced());
    }
}
