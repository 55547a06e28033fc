package io.vetted.web.reference;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContext;
import java.util.List;

/** A reference as it reads now and its earlier versions, newest first. */
@Introspected
public record RevisionsPage(
        PageContext ctx,
        ReviewClient.Reference reference,
        String providerName,
        List<ReviewClient.Revision> revisions) {}
