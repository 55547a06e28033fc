package io.vetted.vendor.provider;

import io.vetted.vendor.catalog.Specialty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Valid provider profiles for tests to start from. */
public final class Providers {

    private Providers() {
    }

    public static CreateProviderRequest agency(String name, String city, Specialty specialty) {
        return new CreateProviderRequest(name, ProviderKind.AGENCY, Set.of(DeliveryMode.REMOTE, DeliveryMode.ON_SITE),
                city, Set.of(specialty), "Infogérance et support pour les PME de la région.",
                List.of(new OfferRequest("Forfait infogérance", PricingModel.MONTHLY_FIXED, new BigDecimal("490.00"))));
    }

    public static CreateProviderRequest freelance(String name, String city, Specialty specialty) {
        return new CreateProviderRequest(name, ProviderKind.FREELANCE, Set.of(DeliveryMode.REMOTE), city,
                Set.of(specialty), "", List.of(new OfferRequest("Intervention", PricingModel.HOURLY, new BigDecimal("65"))));
    }
}
