package io.vetted.vendor.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
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

    @Inject
    DataSource dataSource;

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
    void anInvitationQueuesOneMailToTheColleagueAndARepeatedOneNone() {
        var owned = Providers.published(providers, Providers.agency("Agence Accueillante", "Lyon", Specialty.HELPDESK));
        var colleague = TestIssuer.shared().account("PROVIDER");
        UUID invitation = invite(owned, colleague);
        assertThatThrownBy(() -> invite(owned, colleague)).satisfies(error -> assertStatus(error, 409));

        assertThat(mails(invitation))
                .singleElement()
                .satisfies(mail -> assertThat(mail)
                        .contains(colleague.email(), "Agence Accueillante vous invite", "http://localhost:8080/my/team")
                        .contains("Agence Accueillante invites you"));
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

    private List<String> mails(UUID invitation) {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var query = connection.prepareStatement(
                        "SELECT payload::text FROM outbox_event WHERE aggregate_id = ? AND event_type = ?")) {
            query.setObject(1, invitation);
            query.setString(2, "TeamInvitationMail");
            List<String> mails = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    mails.add(rows.getString(1));
                }
            }
            return mails;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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
