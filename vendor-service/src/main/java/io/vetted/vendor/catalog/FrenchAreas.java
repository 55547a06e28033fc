package io.vetted.vendor.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * France's regions and departments, read once from the {@code region} and {@code department}
 * tables that the search index also reads, so validation and search always agree.
 */
@Singleton
public class FrenchAreas {

    private final AreaRepository areas;
    private volatile List<Region> regions;

    FrenchAreas(AreaRepository areas) {
        this.areas = areas;
    }

    @Serdeable
    public record Region(String code, String name, List<Department> departments) {}

    @Serdeable
    public record Department(String code, String name) {}

    public List<Region> regions() {
        List<Region> loaded = regions;
        if (loaded == null) {
            loaded = load();
            regions = loaded;
        }
        return loaded;
    }

    public boolean isRegion(String code) {
        return regions().stream().anyMatch(r -> r.code().equals(code));
    }

    public boolean isDepartment(String code) {
        return regions().stream()
                .flatMap(r -> r.departments().stream())
                .anyMatch(d -> d.code().equals(code));
    }

    /** The department of a French postcode: its first two digits, three overseas, Corsica split at 20200. */
    @Nullable
    public String departmentOfPostcode(String postcode) {
        if (postcode == null || !postcode.matches("\\d{5}")) {
            return null;
        }
        String code = postcode.startsWith("97")
                ? postcode.substring(0, 3)
                : postcode.startsWith("20")
                        ? (postcode.compareTo("20200") < 0 ? "2A" : "2B")
                        : postcode.substring(0, 2);
        return isDepartment(code) ? code : null;
    }

    @Nullable
    public String regionOfDepartment(String department) {
        return regions().stream()
                .filter(r -> r.departments().stream().anyMatch(d -> d.code().equals(department)))
                .map(Region::code)
                .findFirst()
                .orElse(null);
    }

    private List<Region> load() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        for (AreaRow row : areas.findAllDepartments()) {
            byCode.computeIfAbsent(row.regionCode(), code -> new Region(code, row.regionName(), new ArrayList<>()))
                    .departments()
                    .add(new Department(row.code(), row.name()));
        }
        return byCode.values().stream()
                .map(r -> new Region(r.code(), r.name(), List.copyOf(r.departments())))
                .toList();
    }
}
