package io.vetted.web.reference;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;
import java.util.Map;
import java.util.UUID;

/** Reopening a rejected dispute: the details kept, and the new evidence the moderator asks for. */
@Introspected
public record DisputePage(PageContext ctx, UUID referenceId, DisputeForm form, Map<String, String> errors) {}
