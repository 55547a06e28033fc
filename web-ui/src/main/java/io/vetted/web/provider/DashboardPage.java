package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageContext;
import java.util.List;
import java.util.Map;

/** The owner's overview: how complete the profile is, what is missing, and publication. */
@Introspected
public record DashboardPage(
        PageContext ctx,
        VendorClient.Provider provider,
        @Nullable String saved,
        Map<String, String> errors) {

    public static final List<String> SECTIONS = List.of(
            "identity", "delivery", "specialties", "offers", "sla", "subcontracting", "compliance", "due-diligence");

    /** The edit page that fills a missing item: {@code sla.afterHours} is on {@code /my/provider/sla}. */
    public static String sectionOf(String missing) {
        String section = missing.substring(0, missing.indexOf('.'));
        return switch (section) {
            case "dueDiligence" -> "due-diligence";
            default -> section;
        };
    }

    public int score() {
        return provider.completeness() == null ? 0 : provider.completeness().score();
    }

    public List<String> missing() {
        return provider.completeness() == null
                ? List.of()
                : provider.completeness().missing();
    }
}
