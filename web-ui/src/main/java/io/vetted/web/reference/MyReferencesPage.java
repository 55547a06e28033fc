package io.vetted.web.reference;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContext;
import java.util.List;

@Introspected
public record MyReferencesPage(
        PageContext ctx,
        List<ReviewClient.Reference> references,
        @Nullable String notice) {}
