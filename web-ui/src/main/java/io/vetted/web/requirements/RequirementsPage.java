package io.vetted.web.requirements;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;
import java.util.Map;

/** The requirements form; {@code fromAdvisor}: filled in from the advisor's answers, not saved yet. */
@Introspected
public record RequirementsPage(
        PageContext ctx, RequirementsForm form, Map<String, String> errors, boolean fromAdvisor) {}
