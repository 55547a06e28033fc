package io.vetted.web.matching;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;

/** The ranked matches and the sheet that words each line in the visitor's language. */
@Introspected
public record MatchingPage(PageContext ctx, MatchingClient.Matches matches, MatchSheet sheet) {}
