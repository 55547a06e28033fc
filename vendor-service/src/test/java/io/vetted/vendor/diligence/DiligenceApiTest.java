package io.vetted.vendor.diligence;

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
import io.vetted.vendor.catalog.Sector;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.ProviderResponse;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiligenceApiTest implements PostgresTest {

    @Inject
    DiligenceClient diligence;

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
    void disclosesSubcontractedActivitiesAndWhere() {
        var owned = provider();
        as(
                owned,
                () -> diligence.subcontracting(
                        owned.id(), new SubcontractingRequest(0L, true, "Câblage réseau", "PT")));

        var shown = providers.get(owned.id()).subcontracting();
        assertThat(shown.subcontracts()).isTrue();
        assertThat(shown.activities()).isEqualTo("Câblage réseau");
        assertThat(shown.country()).isEqualTo("PT");
    }

    @Test
    void distinguishesNoSubcontractingFromNoAnswer() {
        var owned = provider();
        assertThat(owned.profile().subcontracting().subcontracts()).isNull();

        as(owned, () -> diligence.subcontracting(owned.id(), new SubcontractingRequest(0L, false, null, null)));
        assertThat(providers.get(owned.id()).subcontracting().subcontracts()).isFalse();
    }

    @Test
    void asksWhatIsSubcontractedAndWhereWith422() {
        var owned = provider();

        assertThatThrownBy(() -> as(
                        owned,
                        () -> diligence.subcontracting(owned.id(), new SubcontractingRequest(0L, true, "", "PT"))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "activities"));
        assertThatThrownBy(() -> as(
                        owned,
                        () -> diligence.subcontracting(
                                owned.id(), new SubcontractingRequest(0L, true, "Support", "ZZ"))))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "country"));
    }

    @Test
    void answersTheDueDiligenceQuestions() {
        var owned = provider();
        var answers = new DueDiligenceRequest(
                0L,
                Set.of(Sector.HEALTHCARE, Sector.LEGAL),
                "Douze cabinets médicaux suivis",
                "Chiffrement des postes, MFA partout",
                "Astreinte, procédure écrite, retour à la normale sous 4 h",
                "8 h – 19 h en semaine, astreinte le week-end");
        as(owned, () -> diligence.dueDiligence(owned.id(), answers));

        ProviderResponse shown = providers.get(owned.id());
        assertThat(shown.dueDiligence().sectors()).containsExactly(Sector.HEALTHCARE, Sector.LEGAL);
        assertThat(shown.dueDiligence().incidentPlan()).startsWith("Astreinte");
        try (var ignored = BearerToken.as(owned.owner())) {
            assertThat(providers.mine().completeness().missing())
                    .doesNotContain("dueDiligence.sectors", "dueDiligence.incidentPlan");
        }
    }

    @Test
    void rejectsAnUnknownSectorWith400() {
        var owned = provider();

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.PUT(
                                        "/api/providers/" + owned.id() + "/due-diligence",
                                        Map.of("version", 0, "sectors", List.of("ASTROLOGY")))
                                .bearerAuth(owned.owner().token())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.BAD_REQUEST));
    }

    @Test
    void refusesAnotherAccountWith403AndAStaleVersionWith409() {
        var owned = provider();
        as(owned, () -> diligence.subcontracting(owned.id(), new SubcontractingRequest(0L, false, null, null)));

        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() ->
                            diligence.subcontracting(owned.id(), new SubcontractingRequest(1L, true, "Tout", "IN")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
        assertThatThrownBy(() -> as(
                        owned,
                        () -> diligence.subcontracting(owned.id(), new SubcontractingRequest(0L, true, "Tout", "IN"))))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        assertThat(providers.get(owned.id()).subcontracting().subcontracts()).isFalse();
    }

    private Providers.Owned provider() {
        return Providers.published(
                providers, Providers.agency("Agence " + System.nanoTime(), "Lyon", Specialty.HELPDESK));
    }

    private static <T> T as(Providers.Owned owned, Supplier<T> call) {
        try (var ignored = BearerToken.as(owned.owner())) {
            return call.get();
        }
    }
}
