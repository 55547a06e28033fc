package io.vetted.web.provider;

import io.vetted.web.backend.Catalogs;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.page.PageContext;
import io.vetted.web.reference.ReferenceSection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A provider as its page shows it: the profile from vendor-service, what clients say from
 * review-service, and what the visitor may do (compare it, verify its claims as a moderator).
 */
public record ProviderView(
        VendorClient.Provider provider,
        ReferenceSection references,
        Catalogs catalogs,
        boolean compared,
        boolean moderator) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Where the provider works on site: whole regions first, then departments. */
    public List<String> areas() {
        List<String> names = new ArrayList<>();
        provider.onSiteRegions().forEach(code -> names.add(catalogs.regionName(code)));
        provider.onSiteDepartments().forEach(code -> names.add(catalogs.departmentName(code)));
        return names;
    }

    public String headquarters() {
        String city = provider.city();
        return provider.regionCode() == null ? city : city + " (" + catalogs.regionName(provider.regionCode()) + ")";
    }

    public List<VendorModels.Claim> certifications() {
        return provider.compliance().stream()
                .filter(VendorModels.Claim::certification)
                .toList();
    }

    public List<VendorModels.Claim> practices() {
        return provider.compliance().stream().filter(c -> !c.certification()).toList();
    }

    public long verifiedClaims() {
        return provider.compliance().stream()
                .filter(VendorModels.Claim::verified)
                .count();
    }

    public PriceChart chart(PageContext ctx, VendorModels.Offer offer) {
        return PriceChart.of(ctx, offer.priceHistory(), LocalDate.now(PARIS));
    }
}
