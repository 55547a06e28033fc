package io.vetted.web.advisor;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;
import java.util.List;

/** The advisor's answer: the recommendations, and the answers they came from (to change them). */
@Introspected
public record AdvisorResultPage(PageContext ctx, AdvisorForm form, List<Recommendation> recommendations) {}
