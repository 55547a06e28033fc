package io.vetted.vendor.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.support.auth.Scopes;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataApiTest implements PostgresTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

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
    void exportsTheProfilesAnAccountOwns() {
        var owned = Providers.published(providers, Providers.agency("Agence Exportée", "Lille", Specialty.HELPDESK));

        Map<String, Object> export = asService(
                HttpRequest.GET("/api/internal/gdpr/accounts/" + owned.owner().id()));

        assertThat((List<?>) export.get("ownedProfiles"))
                .singleElement()
                .satisfies(
                        profile -> assertThat(((Map<?, ?>) profile).get("name")).isEqualTo("Agence Exportée"));
    }

    @Test
    void erasingAnOwnerWithoutTeamDeletesTheProfile() {
        var owned = Providers.published(providers, Providers.agency("Agence Effacée", "Lille", Specialty.HELPDESK));

        asService(HttpRequest.DELETE(
                "/api/internal/gdpr/accounts/" + owned.owner().id()));

        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/providers/" + owned.id())))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void erasingAnOwnerHandsTheProfileToItsLongestStandingMember() {
        var owned = Providers.published(providers, Providers.agency("Agence Transmise", "Lille", Specialty.HELPDESK));
        var colleague = TestIssuer.shared().account("PROVIDER");
        var invitation = http.toBlocking()
                .exchange(
                        HttpRequest.POST(
                                        "/api/providers/" + owned.id() + "/team/invitations",
                                        Map.of("email", colleague.email()))
                                .bearerAuth(owned.owner().token()),
                        JSON)
                .body();
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/team/invitations/" + invitation.get("id") + "/acceptance", Map.of())
                        .bearerAuth(colleague.token()));

        asService(HttpRequest.DELETE(
                "/api/internal/gdpr/accounts/" + owned.owner().id()));

        Map<String, Object> profile = asService(HttpRequest.GET("/api/internal/providers/" + owned.id()));
        assertThat(profile.get("ownerAccountId")).isEqualTo(colleague.id());
    }

    @Test
    void refusesPeopleWith403() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThatThrownBy(() -> http.toBlocking()
                            .exchange(HttpRequest.GET("/api/internal/gdpr/accounts/" + UUID.randomUUID())))
                    .isInstanceOfSatisfying(
                            HttpClientResponseException.class,
                            e -> assertThat(e.code()).isEqualTo(403));
        }
    }

    @Test
    void refusesAServiceWhoseTokenLacksThePersonalDataScopeWith403() {
        // review-service's credentials reach reputation and lookups, not anybody's personal data
        String reviewScopes = TestIssuer.shared()
                .serviceToken(Scopes.REPUTATION_WRITE, Scopes.PROVIDERS_READ, Scopes.LINKAGE_READ, Scopes.NOTICES_SEND);
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.DELETE("/api/internal/gdpr/accounts/" + UUID.randomUUID())
                                .bearerAuth(reviewScopes)))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(403));
    }

    private Map<String, Object> asService(HttpRequest<?> request) {
        var authorised =
                request.toMutableRequest().bearerAuth(TestIssuer.shared().token("service:identity-service", "SERVICE"));
        return http.toBlocking().exchange(authorised, JSON).getBody().orElse(Map.of());
    }
}
