package io.vetted.web.reference;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContext;
import java.util.Map;

/** The model of {@code reference/evidence.jte}: the author's reference, errors next to the file field. */
@Introspected
public record EvidenceUploadPage(PageContext ctx, ReviewClient.Reference reference, Map<String, String> errors) {}
