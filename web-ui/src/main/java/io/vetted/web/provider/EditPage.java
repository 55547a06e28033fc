package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.page.PageContext;
import java.util.Map;
import java.util.Set;

/**
 * The model of a profile section's form ({@code provider/edit/<section>.jte}): the profile, what
 * the owner typed, the errors next to the fields, whether someone saved in the meantime, and the
 * fields whose value another profile holds ({@code siren}: the form then offers to contest it).
 */
@Introspected
public record EditPage(
        PageContext ctx,
        VendorClient.Provider provider,
        Object form,
        Map<String, String> errors,
        boolean conflict,
        VendorModels.Catalog catalog,
        @Nullable String section,
        Set<String> taken) {}
