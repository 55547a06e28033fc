package io.vetted.vendor.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
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
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipApiTest implements PostgresTest {

    @Inject
    MembershipClient membership;

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
    void answers204ForTheAccountThatOwnsTheProfile() {
        var owned = Providers.published(providers, Providers.freelance("Membre", "Lyon", Specialty.HELPDESK));

        try (var ignored = BearerToken.as(serviceToken())) {
            assertThat(membership
                            .member(owned.id(), UUID.fromString(owned.owner().id()))
                            .code())
                    .isEqualTo(204);
        }
    }

    @Test
    void answers404ForAnotherAccountAndForAnUnknownProvider() {
        var owned = Providers.published(providers, Providers.freelance("Étranger", "Lyon", Specialty.HELPDESK));

        assertThatThrownBy(() -> ask(owned.id(), UUID.randomUUID()))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
        assertThatThrownBy(() ->
                        ask(UUID.randomUUID(), UUID.fromString(owned.owner().id())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void answers403ToAPersonalAccount() {
        var owned = Providers.published(providers, Providers.freelance("Curieux", "Lyon", Specialty.HELPDESK));

        try (var ignored = BearerToken.as(owned.owner())) {
            assertThatThrownBy(() -> membership.member(
                            owned.id(), UUID.fromString(owned.owner().id())))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void tellsAServiceWhoOwnsAPublishedProvider() {
        var owned = Providers.published(providers, Providers.freelance("Propriétaire", "Lyon", Specialty.HELPDESK));

        try (var ignored = BearerToken.as(serviceToken())) {
            ProviderOwnerResponse owner = membership.owner(owned.id());
            assertThat(owner.ownerAccountId()).hasToString(owned.owner().id());
            assertThat(owner.name()).isEqualTo("Propriétaire");
        }
    }

    @Test
    void tellsAServiceTheTeamThatAnswersAProvidersQuoteRequests() throws SQLException {
        var owned = Providers.published(providers, Providers.agency("Agence Équipe", "Lyon", Specialty.HELPDESK));
        var other = Providers.published(providers, Providers.agency("Agence Autre", "Lyon", Specialty.HELPDESK));
        UUID colleague = UUID.randomUUID();
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO team_member (account_id, provider_id, display_name, email, added_at)"
                                + " VALUES (?, ?, 'Collègue', 'collegue@agence-equipe.fr', now())")) {
            insert.setObject(1, colleague);
            insert.setObject(2, owned.id());
            insert.executeUpdate();
        }

        try (var ignored = BearerToken.as(serviceToken())) {
            assertThat(membership.owner(owned.id()).teamAccountIds()).containsExactly(colleague);
            assertThat(membership.owner(other.id()).teamAccountIds()).isEmpty();
        }
    }

    @Test
    void answersTheOwnerLookupWith404ForADraft() {
        UUID draft;
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            draft = providers
                    .create(Providers.freelance("Brouillon", "Lyon", Specialty.HELPDESK))
                    .body()
                    .id();
        }

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.GET("/api/internal/providers/" + draft)
                                .bearerAuth(serviceToken())))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void refusesTheOwnerLookupToAPersonAccountWith403() {
        var owned = Providers.published(providers, Providers.freelance("Indiscret", "Lyon", Specialty.HELPDESK));

        try (var ignored = BearerToken.as(owned.owner())) {
            assertThatThrownBy(() -> membership.owner(owned.id()))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    private void ask(UUID provider, UUID account) {
        http.toBlocking()
                .exchange(HttpRequest.GET("/api/internal/providers/" + provider + "/members/" + account)
                        .bearerAuth(serviceToken()));
    }

    private static String serviceToken() {
        return TestIssuer.shared().token("service:review-service", "SERVICE");
    }
}
