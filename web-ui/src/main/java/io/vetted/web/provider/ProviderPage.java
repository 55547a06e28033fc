package io.vetted.web.provider;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.PageContext;
import io.vetted.web.reference.ReferenceForm;

import java.util.Map;

/**
 * A provider's public page. {@code reputation} comes from review-service, which owns it, so a
 * reference just posted counts at once; search results show vendor-service's propagated copy.
 */
@Introspected
public record ProviderPage(PageContext ctx, VendorClient.Provider provider, ReviewClient.Reputation reputation,
                           ReviewClient.References references, ReferenceForm form, Map<String, String> errors,
                           @Nullable String notice) {

    public boolean canWriteReference() {
        return ctx.isSme();
    }
}
