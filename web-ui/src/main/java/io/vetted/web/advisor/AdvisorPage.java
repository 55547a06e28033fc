package io.vetted.web.advisor;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;
import java.util.Map;

/** The questionnaire's model: the answers so far and, after a refused submission, a message per field. */
@Introspected
public record AdvisorPage(PageContext ctx, AdvisorForm form, Map<String, String> errors) {}
