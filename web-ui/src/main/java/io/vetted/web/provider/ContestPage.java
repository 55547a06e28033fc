package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageContext;
import java.util.Map;

/** The model of {@code provider/contest.jte}: the claimant's profile, what it typed, the errors next to the fields. */
@Introspected
public record ContestPage(
        PageContext ctx, VendorClient.Provider provider, ContestForm form, Map<String, String> errors) {}
