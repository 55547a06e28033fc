package io.vetted.vendor.search;

import io.vetted.vendor.catalog.ComplianceTopic;
import io.vetted.vendor.catalog.FrenchAreas;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads result rows into items, keeping each row's sort keys to write the page's cursors. */
@Singleton
class SearchRows {

    private static final List<String> SORT_KEYS = List.of(
            "rating_sort",
            "response_sort",
            "verified_reference_count",
            "hourly_sort",
            "monthly_flat_sort",
            "per_seat_sort",
            "per_device_sort",
            "per_intervention_sort");

    private final FrenchAreas areas;

    SearchRows(FrenchAreas areas) {
        this.areas = areas;
    }

    record Row(SearchResponse.Item item, Map<String, String> sortKeys) {
        Cursor cursor(Ordering ordering) {
            return new Cursor(
                    ordering.key(),
                    ordering.columns().stream()
                            .map(c -> sortKeys.get(c.substring(2)))
                            .toList(),
                    item.id());
        }
    }

    List<Row> read(ResultSet rows) throws SQLException {
        List<Row> found = new ArrayList<>();
        while (rows.next()) {
            found.add(row(rows));
        }
        return found;
    }

    private Row row(ResultSet row) throws SQLException {
        List<String> modes = new ArrayList<>(2);
        if (row.getBoolean("delivers_remote")) {
            modes.add("REMOTE");
        }
        if (row.getBoolean("delivers_on_site")) {
            modes.add("ON_SITE");
        }
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (PriceBasis basis : PriceBasis.values()) {
            BigDecimal price = basis.column() == null ? null : row.getBigDecimal(basis.column() + "_price");
            if (price != null) {
                prices.put(basis.name(), price);
            }
        }
        List<String> facets = Arrays.asList((String[]) row.getArray("facets").getArray());
        String department = row.getString("department_code");
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : SORT_KEYS) {
            keys.put(key, row.getBigDecimal(key).toPlainString());
        }
        var item = new SearchResponse.Item(
                row.getObject("provider_id", UUID.class),
                row.getString("name"),
                row.getString("kind"),
                row.getString("city"),
                modes,
                Arrays.asList((String[]) row.getArray("specialties").getArray()),
                row.getBigDecimal("average_rating"),
                row.getInt("reference_count"),
                row.getBigDecimal("bayesian_rating"),
                row.getInt("verified_reference_count"),
                department == null ? null : areas.regionOfDepartment(department),
                row.getObject("team_size", Integer.class),
                row.getString("after_hours"),
                row.getObject("critical_response_minutes", Integer.class),
                row.getObject("subcontracts", Boolean.class),
                prices,
                certifications(facets, "claim:"),
                certifications(facets, "claimv:"));
        return new Row(item, keys);
    }

    private static List<String> certifications(List<String> facets, String prefix) {
        return facets.stream()
                .filter(f -> f.startsWith(prefix))
                .map(f -> f.substring(prefix.length()))
                .filter(topic -> ComplianceTopic.valueOf(topic).certification())
                .sorted()
                .toList();
    }
}
