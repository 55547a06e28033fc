package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageContext;
import java.util.Map;

/** The model of {@code provider/company-check.jte}: the owner's profile, what it filled in, errors next to the fields. */
@Introspected
public record CompanyCheckPage(
        PageContext ctx, VendorClient.Provider provider, CompanyCheckForm form, Map<String, String> errors) {}
