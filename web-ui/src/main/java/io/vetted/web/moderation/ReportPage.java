package io.vetted.web.moderation;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContext;
import java.util.List;

@Introspected
public record ReportPage(PageContext ctx, ReviewClient.Reference reference, String error) {

    public static final List<String> REASONS =
            List.of("FAKE", "CONFLICT_OF_INTEREST", "OFFENSIVE", "PERSONAL_DATA", "OFF_TOPIC", "OTHER");
}
