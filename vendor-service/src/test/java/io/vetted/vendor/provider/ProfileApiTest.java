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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileApiTest implements PostgresTest {

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
    void createsADraftThatOnlyItsOwnerSees() {
        var owner = TestIssuer.shared().account("PROVIDER");
        try (var ignored = BearerToken.as(owner)) {
            var response = providers.create(Providers.agency("Infogérance Lyon", "Lyon", Specialty.HELPDESK));

            assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
            ProviderResponse created = response.body();
            assertThat(created.ownerAccountId()).hasToString(owner.id());
            assertThat(created.status()).isEqualTo(ProviderStatus.DRAFT);
            assertThat(created.offers())
                    .singleElement()
                    .satisfies(o -> assertThat(o.priceEur()).isEqualByComparingTo("490"));
            assertThat(created.completeness().missing()).contains("sla.afterHours", "compliance.GDPR_DPA");
            assertThat(providers.mine().id()).isEqualTo(created.id());
            assertThatThrownBy(() -> http.toBlocking().retrieve("/api/providers/" + created.id()))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
        }
    }

    @Test
    void showsAPublishedProfileToEveryoneWithoutItsCompleteness() {
        var published =
                Providers.published(providers, Providers.agency("Nantes Infogérance", "Nantes", Specialty.NETWORKS));

        ProviderResponse shown = providers.get(published.id());
        assertThat(shown.status()).isEqualTo(ProviderStatus.PUBLISHED);
        assertThat(shown.publishedAt()).isNotNull();
        assertThat(shown.completeness()).isNull();
    }

    @Test
    void answersThePublicProfileWithoutAnyAccountIdAndAnExplicitlyEmptyWebsite() {
        var published = Providers.published(providers, Providers.freelance("Sans Site", "Brest", Specialty.HELPDESK));

        @SuppressWarnings("unchecked")
        Map<String, Object> json =
                http.toBlocking().retrieve(HttpRequest.GET("/api/providers/" + published.id()), Map.class);
        assertThat(json)
                .containsKeys("id", "name")
                .containsEntry("website", null)
                .doesNotContainKey("ownerAccountId");
    }

    @Test
    void refusesToPublishWithoutASirenWith422() {
        var request = new CreateProviderRequest(
                "Sans Siren",
                ProviderKind.FREELANCE,
                Set.of(DeliveryMode.REMOTE),
                "Paris",
                Set.of(Specialty.HELPDESK),
                "",
                Providers.freelance("x", "Paris", Specialty.HELPDESK).offers());
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            ProviderResponse draft = providers.create(request).body();

            assertThatThrownBy(() ->
                            providers.status(draft.id(), new StatusRequest(draft.version(), ProviderStatus.PUBLISHED)))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "siren"));
        }
    }

    @Test
    void takesAPublishedProfileBackToDraft() {
        var published = Providers.published(providers, Providers.freelance("Retrait", "Metz", Specialty.HELPDESK));
        try (var ignored = BearerToken.as(published.owner())) {
            providers.status(
                    published.id(), new StatusRequest(published.profile().version(), ProviderStatus.DRAFT));
        }

        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/providers/" + published.id()))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void refusesASirenThatAnotherProfileAlreadyHasWith409() {
        var first = Providers.published(providers, Providers.freelance("Premier", "Lyon", Specialty.HELPDESK));
        var copy = Providers.freelance("Usurpateur", "Lyon", Specialty.HELPDESK);
        var request = new CreateProviderRequest(
                copy.name(),
                copy.kind(),
                copy.deliveryModes(),
                copy.city(),
                copy.specialties(),
                "",
                copy.offers(),
                null,
                null,
                first.profile().siren(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> providers.create(request))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void refusesASecondProfileForTheSameAccountWith409() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            providers.create(Providers.freelance("Premier", "Nantes", Specialty.NETWORKS));

            assertThatThrownBy(() -> providers.create(Providers.freelance("Second", "Nantes", Specialty.NETWORKS)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void answers401WithoutATokenAnd403ToAnSmeAccount() {
        assertThatThrownBy(() -> providers.create(Providers.freelance("Anonyme", "Paris", Specialty.HELPDESK)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.UNAUTHORIZED));
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            assertThatThrownBy(() -> providers.create(Providers.freelance("PME", "Paris", Specialty.HELPDESK)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void rejectsANegativePriceAndAnUnknownSpecialtyWith400NamingTheField() {
        var negative = Map.of(
                "name",
                "Prix négatif",
                "kind",
                "FREELANCE",
                "deliveryModes",
                List.of("REMOTE"),
                "city",
                "Paris",
                "specialties",
                List.of("HELPDESK"),
                "offers",
                List.of(Map.of("title", "Heure", "pricingModel", "HOURLY", "priceEur", -5)));
        var unknown = Map.of(
                "name",
                "Inconnu",
                "kind",
                "FREELANCE",
                "deliveryModes",
                List.of("REMOTE"),
                "city",
                "Paris",
                "specialties",
                List.of("ASTROLOGY"),
                "offers",
                List.of(Map.of("title", "Heure", "pricingModel", "HOURLY", "priceEur", 50)));

        assertThatThrownBy(() -> postAsProvider(negative))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "offers[0].priceEur"));
        assertThatThrownBy(() -> postAsProvider(unknown))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "specialties[0]"));
    }

    @Test
    void answers404ForAnUnknownProviderAnd400ForAMalformedId() {
        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/providers/" + UUID.randomUUID()))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/providers/not-a-uuid"))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.BAD_REQUEST));
    }

    private void postAsProvider(Map<String, ?> body) {
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/providers", body)
                        .bearerAuth(TestIssuer.shared().account("PROVIDER").token()));
    }
}
