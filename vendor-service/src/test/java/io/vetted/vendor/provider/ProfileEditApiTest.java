package io.vetted.vendor.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileEditApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void derivesDepartmentAndRegionFromTheHeadquartersPostcode() {
        var owned = Providers.published(providers, Providers.freelance("Ajaccio IT", "Bastia", Specialty.HELPDESK));
        ProviderResponse changed = editIdentity(owned, "20200", List.of("fr", "it"));

        assertThat(changed.departmentCode()).isEqualTo("2B");
        assertThat(changed.regionCode()).isEqualTo("94");
        assertThat(changed.languages()).containsExactly("fr", "it");
    }

    @Test
    void refusesAWebsiteWithoutARegistrableDomainWith422AndShowsTheDomainOfOneThatHasIt() {
        var owned = Providers.published(providers, Providers.freelance("Site Web", "Paris", Specialty.HELPDESK));

        try (var ignored = BearerToken.as(owned.owner())) {
            for (String website : List.of("https://fr", "https://test")) {
                assertThatThrownBy(() -> providers.identity(
                                owned.id(),
                                Providers.identity(
                                        owned.profile(),
                                        "Site Web",
                                        owned.profile().siren(),
                                        website)))
                        .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "website"));
            }
            ProviderResponse changed = providers.identity(
                    owned.id(),
                    Providers.identity(
                            owned.profile(), "Site Web", owned.profile().siren(), "https://www.site-web.fr"));
            assertThat(changed.websiteDomain()).isEqualTo("site-web.fr");
        }
    }

    @Test
    void rejectsAnInvalidSirenWith400NamingTheField() {
        var body = Map.of(
                "name",
                "Siren faux",
                "kind",
                "FREELANCE",
                "deliveryModes",
                List.of("REMOTE"),
                "city",
                "Paris",
                "specialties",
                List.of("HELPDESK"),
                "siren",
                "732829321",
                "offers",
                List.of(Map.of("title", "Heure", "pricingModel", "HOURLY", "priceEur", 60)));

        assertThatThrownBy(() -> postAsProvider(body))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "siren"));
    }

    @Test
    void rejectsASiretOfAnotherCompanyWith422() {
        var owned = Providers.published(providers, Providers.freelance("Siret", "Paris", Specialty.HELPDESK));
        var identity = identity(owned, "75011", List.of(), "73282932000074");

        assertThatThrownBy(() -> asOwner(owned, () -> providers.identity(owned.id(), identity)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "siret"));
    }

    @Test
    void rejectsAPostcodeOutsideFranceAndAnUnknownLanguageWith422() {
        var owned = Providers.published(providers, Providers.freelance("Codes", "Paris", Specialty.HELPDESK));

        assertThatThrownBy(() ->
                        asOwner(owned, () -> providers.identity(owned.id(), identity(owned, "98000", List.of(), null))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "postcode"));
        assertThatThrownBy(() -> asOwner(
                        owned,
                        () -> providers.identity(owned.id(), identity(owned, "75001", List.of("fr", "xx"), null))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "languages[1]"));
    }

    @Test
    void servesOnSiteTheRegionsAndDepartmentsChosen() {
        var owned = Providers.published(providers, Providers.agency("Zones", "Dijon", Specialty.NETWORKS));
        var delivery = new DeliveryRequest(
                owned.profile().version(), Set.of(DeliveryMode.ON_SITE), List.of("27"), List.of("69", "2A"), "MA");

        ProviderResponse changed = asOwner(owned, () -> providers.delivery(owned.id(), delivery));
        assertThat(changed.deliveryModes()).containsExactly(DeliveryMode.ON_SITE);
        assertThat(changed.onSiteDepartments()).containsExactly("2A", "69");
        assertThat(changed.offshoreCountry()).isEqualTo("MA");
    }

    @Test
    void rejectsAnUnknownDepartmentAndAreasWithoutOnSiteWorkWith422() {
        var owned = Providers.published(providers, Providers.agency("Zones bis", "Dijon", Specialty.NETWORKS));
        long version = owned.profile().version();

        assertThatThrownBy(() -> asOwner(
                        owned,
                        () -> providers.delivery(
                                owned.id(),
                                new DeliveryRequest(
                                        version, Set.of(DeliveryMode.ON_SITE), null, List.of("21", "99"), null))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "onSiteDepartments[1]"));
        assertThatThrownBy(() -> asOwner(
                        owned,
                        () -> providers.delivery(
                                owned.id(),
                                new DeliveryRequest(version, Set.of(DeliveryMode.REMOTE), List.of("27"), null, null))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "onSiteRegions"));
    }

    @Test
    void refusesAnotherAccountsEditWith403AndChangesNothing() {
        var owned = Providers.published(providers, Providers.agency("Protégé", "Lille", Specialty.HELPDESK));
        var edit = new SpecialtiesRequest(owned.profile().version(), Set.of(Specialty.ERP_CRM), "Pirate");

        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> providers.specialties(owned.id(), edit))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
        assertThat(providers.get(owned.id()).specialties()).containsExactly(Specialty.HELPDESK);
    }

    @Test
    void refusesAnEditMadeOnAStaleVersionWith409AndKeepsTheFirst() {
        var owned = Providers.published(providers, Providers.agency("Concurrence", "Caen", Specialty.HELPDESK));
        long seen = owned.profile().version();
        asOwner(
                owned,
                () -> providers.specialties(
                        owned.id(), new SpecialtiesRequest(seen, Set.of(Specialty.NETWORKS), "Première")));

        assertThatThrownBy(() -> asOwner(
                        owned,
                        () -> providers.specialties(
                                owned.id(), new SpecialtiesRequest(seen, Set.of(Specialty.ERP_CRM), "Seconde"))))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        assertThat(providers.get(owned.id()).description()).isEqualTo("Première");
    }

    private ProviderResponse editIdentity(Providers.Owned owned, String postcode, List<String> languages) {
        return asOwner(owned, () -> providers.identity(owned.id(), identity(owned, postcode, languages, null)));
    }

    private static IdentityRequest identity(
            Providers.Owned owned, String postcode, List<String> languages, String siret) {
        ProviderResponse p = owned.profile();
        return new IdentityRequest(
                p.version(),
                p.name(),
                p.kind(),
                3,
                2015,
                p.siren(),
                siret,
                "https://exemple.fr",
                p.city(),
                postcode,
                languages);
    }

    private static <T> T asOwner(Providers.Owned owned, Supplier<T> call) {
        try (var ignored = BearerToken.as(owned.owner())) {
            return call.get();
        }
    }

    private void postAsProvider(Map<String, ?> body) {
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/providers", body)
                        .bearerAuth(TestIssuer.shared().account("PROVIDER").token()));
    }
}
