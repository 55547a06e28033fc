package io.vetted.vendor.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamApiTest implements PostgresTest {

    @Inject
    TeamClient team;

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
    void anInvitedColleagueAcceptsAndThenActsForTheProfile() {
        var owned = Providers.published(providers, Providers.agency("Agence Équipe", "Lyon", Specialty.HELPDESK));
        var colleague = TestIssuer.shared().account("PROVIDER");
        UUID invitation = invite(owned, colleague);

        try (var ignored = BearerToken.as(colleague)) {
            assertThat(team.myInvitations())
                    .extracting(TeamPayloads.Invitation::id)
                    .containsExactly(invitation);
            assertThat(team.accept(invitation).code()).isEqualTo(HttpStatus.NO_CONTENT.getCode());
            assertThat(team.team(owned.id()).members())
                    .extracting(TeamPayloads.Member::accountId)
                    .containsExactly(UUID.fromString(colleague.id()));
        }
        assertThat(membershipStatus(owned.id(), colleague.id())).isEqualTo(204);
    }

    @Test
    void onlyTheAccountHoldingTheInvitedEmailMayAccept() {
        var owned = Providers.published(providers, Providers.agency("Agence Prudente", "Lyon", Specialty.HELPDESK));
        UUID invitation = invite(owned, TestIssuer.shared().account("PROVIDER"));

        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThat(team.accept(invitation).code()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        }
    }

    @Test
    void onlyTheOwnerInvitesAndOutsidersDoNotSeeTheTeam() {
        var owned = Providers.published(providers, Providers.agency("Agence Fermée", "Lyon", Specialty.HELPDESK));
        var colleague = TestIssuer.shared().account("PROVIDER");
        UUID invitation = invite(owned, colleague);
        try (var ignored = BearerToken.as(colleague)) {
            team.accept(invitation);
            assertThatThrownBy(() -> team.invite(owned.id(), new TeamPayloads.NewInvitation("autre@example.fr")))
                    .satisfies(e -> assertStatus(e, 403));
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> team.team(owned.id())).satisfies(e -> assertStatus(e, 403));
        }
    }

    @Test
    void refusesAnInvitationFromAnOwnerWithoutASecondFactorWith403() {
        var owned = Providers.published(providers, Providers.agency("Agence Sans MFA", "Lyon", Specialty.HELPDESK));
        String passwordOnly = TestIssuer.shared().tokenWithoutMfa(owned.owner().id(), "PROVIDER");

        try (var ignored = BearerToken.as(passwordOnly)) {
            assertThatThrownBy(() -> team.invite(owned.id(), new TeamPayloads.NewInvitation("collegue@example.fr")))
                    .satisfies(e -> assertStatus(e, 403));
            assertThat(team.team(owned.id()).invitations()).isEmpty();
        }
    }

    @Test
    void aMemberMayLeaveTheTeam() {
        var owned = Providers.published(providers, Providers.agency("Agence Ouverte", "Lyon", Specialty.HELPDESK));
        var colleague = TestIssuer.shared().account("PROVIDER");
        UUID invitation = invite(owned, colleague);
        try (var ignored = BearerToken.as(colleague)) {
            team.accept(invitation);
            assertThat(team.remove(owned.id(), UUID.fromString(colleague.id())).code())
                    .isEqualTo(204);
        }
        assertThat(membershipStatus(owned.id(), colleague.id())).isEqualTo(404);
    }

    @Test
    void refusesASecondProfileToATeamMemberWith409() {
        var owned = Providers.published(providers, Providers.agency("Agence Fidèle", "Lyon", Specialty.HELPDESK));
        var colleague = TestIssuer.shared().account("PROVIDER");
        UUID invitation = invite(owned, colleague);
        try (var ignored = BearerToken.as(colleague)) {
            team.accept(invitation);
            assertThatThrownBy(() -> providers.create(Providers.agency("Agence Parallèle", "Lyon", Specialty.HELPDESK)))
                    .satisfies(error -> assertStatus(error, 409));
        }
    }

    private UUID invite(Providers.Owned owned, TestIssuer.TestAccount colleague) {
        try (var ignored = BearerToken.as(owned.owner())) {
            return team.invite(owned.id(), new TeamPayloads.NewInvitation(colleague.email()))
                    .body()
                    .id();
        }
    }

    private int membershipStatus(UUID provider, String account) {
        var request = HttpRequest.GET("/api/internal/providers/" + provider + "/members/" + account)
                .bearerAuth(TestIssuer.shared().token("service:review-service", "SERVICE"));
        try {
            return http.toBlocking().exchange(request).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private static void assertStatus(Throwable error, int status) {
        assertThat(error)
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(status));
    }
}
