package io.vetted.buyer.requirements;

import java.util.Set;
import java.util.TreeSet;

/**
 * France's départements by code, as vendor-service's catalogue lists them: 01–95 (Corsica as 2A and
 * 2B, no 20) and the overseas 971–974 and 976. A fixed list: buyer-service does not read vendor's tables,
 * and the codes change far less often than a release.
 */
final class Departments {

    private static final Set<String> CODES = codes();

    private Departments() {}

    static boolean isDepartment(String code) {
        return CODES.contains(code);
    }

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (int i = 1; i <= 95; i++) {
            if (i != 20) {
                codes.add(String.format(java.util.Locale.ROOT, "%02d", i));
            }
        }
        codes.addAll(Set.of("2A", "2B", "971", "972", "973", "974", "976"));
        return Set.copyOf(codes);
    }
}
