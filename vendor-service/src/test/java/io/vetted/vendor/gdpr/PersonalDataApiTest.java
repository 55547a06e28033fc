package io.vetted.vendor.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
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
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
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

    @Inject
    DataSource dataSource;

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
        join(owned, colleague);

        asService(HttpRequest.DELETE(
                "/api/internal/gdpr/accounts/" + owned.owner().id()));

        Map<String, Object> profile = asService(HttpRequest.GET("/api/internal/providers/" + owned.id()));
        assertThat(profile.get("ownerAccountId")).isEqualTo(colleague.id());
    }

    @Test
    void erasingAnOwnerPassesOverAMemberWhoAlreadyOwnsAProfile() throws SQLException {
        var owned = Providers.published(providers, Providers.agency("Agence Léguée", "Lille", Specialty.HELPDESK));
        var neighbour = Providers.published(providers, Providers.agency("Agence Voisine", "Lille", Specialty.HELPDESK));
        // the oldest member, from before members were refused a profile of their own
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var insert = connection.prepareStatement("""
                        INSERT INTO team_member (account_id, provider_id, display_name, email, added_at)
                        VALUES (?, ?, 'Voisin', 'voisin@agence-voisine.fr', now() - interval '1 day')""")) {
            insert.setObject(1, UUID.fromString(neighbour.owner().id()));
            insert.setObject(2, owned.id());
            insert.executeUpdate();
        }
        var colleague = TestIssuer.shared().account("PROVIDER");
        join(owned, colleague);

        asService(HttpRequest.DELETE(
                "/api/internal/gdpr/accounts/" + owned.owner().id()));

        Map<String, Object> profile = asService(HttpRequest.GET("/api/internal/providers/" + owned.id()));
        assertThat(profile.get("ownerAccountId")).isEqualTo(colleague.id());
    }

    @Test
    void erasureWithdrawsTeamInvitationsAddressedToThePerson() {
        var owned = Providers.published(providers, Providers.agency("Agence Invitante", "Lille", Specialty.HELPDESK));
        invite(owned, "futur.collegue@agence-invitante.fr");

        asService(HttpRequest.DELETE(
                "/api/internal/gdpr/accounts/" + UUID.randomUUID() + "?email=Futur.Collegue@agence-invitante.fr"));

        Map<String, Object> team = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/providers/" + owned.id() + "/team")
                                .bearerAuth(owned.owner().token()),
                        JSON)
                .body();
        assertThat((List<?>) team.get("invitations")).isEmpty();
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

    private void join(Providers.Owned owned, TestIssuer.TestAccount colleague) {
        Object invitation = invite(owned, colleague.email()).get("id");
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/team/invitations/" + invitation + "/acceptance", Map.of())
                        .bearerAuth(colleague.token()));
    }

    private Map<String, Object> invite(Providers.Owned owned, String email) {
        return http.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/providers/" + owned.id() + "/team/invitations", Map.of("email", email))
                                .bearerAuth(owned.owner().token()),
                        JSON)
                .body();
    }

    private Map<String, Object> asService(HttpRequest<?> request) {
        var authorised =
                request.toMutableRequest().bearerAuth(TestIssuer.shared().token("service:identity-service", "SERVICE"));
        return http.toBlocking().exchange(authorised, JSON).getBody().orElse(Map.of());
    }
}
