package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.page.PageContext;
import java.util.Map;

@Introspected
public record NewProviderPage(
        PageContext ctx, ProviderForm form, Map<String, String> errors, VendorModels.Catalog catalog) {}
