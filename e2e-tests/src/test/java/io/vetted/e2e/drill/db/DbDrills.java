package io.vetted.e2e.drill.db;

import io.vetted.e2e.drill.Drill;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the database drills' reports share. */
final class DbDrills {

    private DbDrills() {}

    /** The drills' platform: a drill signs up more accounts from one address than identity allows an hour. */
    static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(Drill.environment());
        environment.put("SIGN_UPS_PER_ADDRESS", "100000");
        return environment;
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    static String list(List<String> lines) {
        return lines.isEmpty()
                ? "None."
                : String.join("\n", lines.stream().map(l -> "- " + l).toList());
    }
}
