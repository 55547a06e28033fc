package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * French regions, departments and communes by folded name, from the official geographic code
 * (places.csv, derived by src/main/data/places/derive-places.mjs). Looked up in memory: a search
 * never scans a table to find its places.
 */
@Singleton
class PlaceNames {

    enum Kind {
        REGION,
        DEPARTMENT,
        COMMUNE
    }

    /** A place; {@code department} is null for a region; {@code homonyms} counts other communes of that name. */
    record Place(Kind kind, String name, @Nullable String department, String region, int homonyms) {}

    private static final Pattern DEPARTMENT_NUMBER = Pattern.compile("\\d{2}|2a|2b|97[1-6]");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> departments = new HashMap<>();
    private final Set<String> notPlaces = new HashSet<>(Words.resource("not-places.txt"));

    PlaceNames() {
        for (String line : Words.resource("places.csv")) {
            String[] f = line.split(";", -1);
            Place place = switch (f[0]) {
                case "R" -> new Place(Kind.REGION, f[2], null, f[3], 0);
                case "D" -> new Place(Kind.DEPARTMENT, f[2], f[3], f[4], 0);
                default -> new Place(Kind.COMMUNE, f[2], f[3], "", Integer.parseInt(f[5]));
            };
            // a region or department wins over a commune of the same name (Paris, Guyane)
            byName.putIfAbsent(f[1], place);
            if (place.kind() == Kind.DEPARTMENT) {
                departments.put(place.department(), place);
            }
        }
    }

    /** The place a folded phrase names, if any; a bare word of fewer than three letters never is one. */
    @Nullable
    Place named(String folded) {
        if (folded.length() < 3 || notPlaces.contains(folded)) {
            return null;
        }
        return byName.get(folded.replaceAll("^st ", "saint ").replaceAll("^ste ", "sainte "));
    }

    /** The department a number typed on its own stands for: a department code or a postcode. */
    @Nullable
    Place numbered(String word) {
        if (DEPARTMENT_NUMBER.matcher(word).matches()) {
            return departments.get(word.toUpperCase(Locale.ROOT));
        }
        if (POSTCODE.matcher(word).matches() && !word.startsWith("20")) {
            return departments.get(word.startsWith("97") ? word.substring(0, 3) : word.substring(0, 2));
        }
        return null;
    }

    /** A place as the response reports it, with its department's name and its region. */
    Understanding.PlaceRead read(String typed, Place p) {
        Place department = p.department() == null ? null : departments.get(p.department());
        return new Understanding.PlaceRead(
                typed,
                p.kind().name(),
                p.name(),
                p.department(),
                department == null ? null : department.name(),
                department == null ? p.region() : department.region(),
                p.homonyms());
    }
}
