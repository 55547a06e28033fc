package io.vetted.vendor.provider;

import io.vetted.support.company.CompanyNumbers;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.offer.OfferRequest;
import io.vetted.vendor.offer.PricingModel;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Valid provider profiles for tests to start from, and a way to put them online. */
public final class Providers {

    private Providers() {}

    public static CreateProviderRequest agency(String name, String city, Specialty specialty) {
        return new CreateProviderRequest(
                name,
                ProviderKind.AGENCY,
                Set.of(DeliveryMode.REMOTE, DeliveryMode.ON_SITE),
                city,
                Set.of(specialty),
                "Infogérance et support pour les PME de la région.",
                List.of(new OfferRequest("Forfait infogérance", PricingModel.MONTHLY_FIXED, new BigDecimal("490.00"))),
                12,
                2011,
                newSiren(),
                null,
                "https://" + slug(name) + ".example.fr",
                null,
                List.of("fr"),
                null,
                null,
                null);
    }

    /** An agency with the given SIREN and website (null for none). */
    public static CreateProviderRequest company(String name, String siren, String website) {
        CreateProviderRequest base = agency(name, "Lyon", Specialty.HELPDESK);
        return new CreateProviderRequest(
                base.name(),
                base.kind(),
                base.deliveryModes(),
                base.city(),
                base.specialties(),
                base.description(),
                base.offers(),
                base.teamSize(),
                base.yearFounded(),
                siren,
                null,
                website,
                null,
                base.languages(),
                null,
                null,
                null);
    }

    /** The identity section as it stands, with {@code name}, {@code siren} and {@code website} changed. */
    public static IdentityRequest identity(ProviderResponse p, String name, String siren, String website) {
        return new IdentityRequest(
                p.version(),
                name,
                p.kind(),
                p.teamSize(),
                p.yearFounded(),
                siren,
                null,
                website,
                p.city(),
                p.postcode(),
                p.languages());
    }

    public static CreateProviderRequest freelance(String name, String city, Specialty specialty) {
        return new CreateProviderRequest(
                name,
                ProviderKind.FREELANCE,
                Set.of(DeliveryMode.REMOTE),
                city,
                Set.of(specialty),
                "",
                List.of(new OfferRequest("Intervention", PricingModel.HOURLY, new BigDecimal("65"))),
                null,
                null,
                newSiren(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A random SIREN with a valid Luhn checksum. */
    public static String newSiren() {
        return CompanyNumbers.withCheckDigit(
                String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
    }

    /** Creates the profile as a new provider account and publishes it; returns it as its owner sees it. */
    public static Owned published(ProviderClient providers, CreateProviderRequest request) {
        var owner = TestIssuer.shared().account("PROVIDER");
        try (var ignored = BearerToken.as(owner)) {
            ProviderResponse draft = providers.create(request).body();
            return new Owned(
                    owner, providers.status(draft.id(), new StatusRequest(draft.version(), ProviderStatus.PUBLISHED)));
        }
    }

    public record Owned(TestIssuer.TestAccount owner, ProviderResponse profile) {
        public UUID id() {
            return profile.id();
        }
    }

    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
