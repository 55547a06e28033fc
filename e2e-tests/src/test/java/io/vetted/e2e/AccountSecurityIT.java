package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.Totp;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts across the services: MFA where it matters, agency teams, GDPR export and erasure, the audit log. */
@OnPlatform(webUi = false)
class AccountSecurityIT {

    private Platform platform;
    private Api api;
    private Calls identity;
    private Calls vendor;
    private Calls review;
    private Calls buyer;

    @BeforeAll
    void start() {
        identity = new Calls(platform.address(platform.identity));
        vendor = new Calls(platform.address(platform.vendor));
        review = new Calls(platform.address(platform.review));
        buyer = new Calls(platform.address(platform.buyer));
    }

    @AfterAll
    void stop() {
        identity.close();
        vendor.close();
        review.close();
        buyer.close();
    }

    @Test
    void aSecondSignUpWithATakenEmailGetsTheSameAnswer() {
        Api.Account taken = api.signUpAccount("SME", "Déjà inscrite");
        var again = identity.post(
                "/api/accounts",
                null,
                Map.of(
                        "email",
                        taken.email(),
                        "password",
                        Api.PASSWORD + "!",
                        "role",
                        "PROVIDER",
                        "displayName",
                        "Imposteur"));
        var fresh = identity.post(
                "/api/accounts",
                null,
                Map.of(
                        "email",
                        "nouvelle-" + UUID.randomUUID() + "@e2e.vetted.fr",
                        "password",
                        Api.PASSWORD,
                        "role",
                        "SME",
                        "displayName",
                        "Nouvelle"));

        assertThat(again.status()).isEqualTo(fresh.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(fresh.body());
    }

    @Test
    void aProviderWithoutASecondFactorCannotChangeAnythingPublic() {
        var session = identity.post(
                "/api/auth/login", null, Map.of("email", providerWithMfaOff().email(), "password", Api.PASSWORD));
        String passwordOnly = (String) session.json().get("accessToken");

        var refused = vendor.post("/api/providers", passwordOnly, Map.of("name", "Sans MFA"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aTeamMemberActsForTheAgencyOnceInvitedAndAccepted() {
        Api.Account owner = api.signUpAccount("PROVIDER", "Agence Garonne");
        UUID provider = api.publishedProvider(owner.accessToken(), "Garonne Infogérance", "Toulouse", "HELPDESK", null);
        Api.Account colleague = api.signUpAccount("PROVIDER", "Collègue Garonne");
        Api.Account outsider = api.signUpAccount("PROVIDER", "Concurrent");

        var invitation = vendor.post(
                "/api/providers/" + provider + "/team/invitations",
                owner.accessToken(),
                Map.of("email", colleague.email()));
        assertThat(invitation.status()).isEqualTo(201);
        String invitationId = (String) invitation.json().get("id");
        assertThat(vendor.post("/api/team/invitations/" + invitationId + "/acceptance", outsider.accessToken(), null)
                        .status())
                .isEqualTo(404);
        assertThat(vendor.post("/api/team/invitations/" + invitationId + "/acceptance", colleague.accessToken(), null)
                        .status())
                .isEqualTo(204);

        String service = serviceToken();
        assertThat(vendor.get("/api/internal/providers/" + provider + "/members/" + colleague.id(), service)
                        .status())
                .isEqualTo(204);
        assertThat(vendor.get("/api/internal/providers/" + provider + "/members/" + outsider.id(), service)
                        .status())
                .isEqualTo(404);
        assertThat(vendor.get("/api/providers/" + provider + "/team", colleague.accessToken())
                        .status())
                .isEqualTo(200);
        assertThat(vendor.get("/api/providers/" + provider + "/team", outsider.accessToken())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void exportsAPersonsDataFromEveryServiceAndErasesItEverywhere() throws Exception {
        Api.Account owner = api.signUpAccount("PROVIDER", "Agence Loire");
        UUID provider = api.publishedProvider(owner.accessToken(), "Loire Support", "Nantes", "HELPDESK", null);
        Api.Account client = api.signUpAccount("SME", "Biscuiterie Nantaise");
        api.postReference(client.accessToken(), provider, 5, "Toujours disponibles, même le samedi.");
        var shortlist = buyer.post("/api/buyer/shortlists", client.accessToken(), Map.of("name", "Infogérance"));
        buyer.post(
                "/api/buyer/shortlists/" + shortlist.json().get("id") + "/entries",
                client.accessToken(),
                Map.of("providerId", provider, "note", "Rappeler mardi"));

        var export = identity.get("/api/accounts/me/export", client.accessToken());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json())
                .containsKeys(
                        "account",
                        "securityEvents",
                        "notifications",
                        "references",
                        "providerProfiles",
                        "buyerWorkspace");
        assertThat((List<?>) ((Map<?, ?>) export.json().get("references")).get("references"))
                .hasSize(1);
        assertThat(export.json().get("buyerWorkspace").toString()).contains("Infogérance", "Rappeler mardi");
        // the provider was told of the reference: its notification centre is its personal data too
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(identity.get("/api/accounts/me/export", owner.accessToken())
                                .json()
                                .get("notifications")
                                .toString())
                        .contains("REFERENCE", "Loire Support", "IMMEDIATE"));

        assertThat(identity.post("/api/accounts/me/deletion", client.accessToken(), Map.of("password", "pas le bon"))
                        .status())
                .isEqualTo(422);
        assertThat(identity.post("/api/accounts/me/deletion", client.accessToken(), Map.of("password", Api.PASSWORD))
                        .status())
                .isEqualTo(204);

        assertThat(identity.post("/api/auth/login", null, Map.of("email", client.email(), "password", Api.PASSWORD))
                        .status())
                .isEqualTo(401);
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) review.get("/api/providers/" + provider + "/references", null)
                .json()
                .get("items");
        assertThat(items).singleElement().satisfies(reference -> {
            assertThat(reference.toString()).contains("Toujours disponibles").doesNotContain("Biscuiterie Nantaise");
            assertThat(reference.get("authorName")).isEqualTo("Compte supprimé");
        });
        assertThat(shortlistsOf(client.id())).isZero();
    }

    @Test
    void aPersonsExportNamesAModeratorWhoActedOnTheAccountOnlyAsARole() {
        Api.Account person = api.signUpAccount("SME", "Promue");
        String moderator = Sessions.moderator(platform);
        String moderatorId =
                identity.get("/api/accounts/me", moderator).json().get("id").toString();
        assertThat(identity.send("PUT", "/api/accounts/" + person.id() + "/role", moderator, Map.of("role", "PROVIDER"))
                        .status())
                .isEqualTo(200);

        // the role change ended the person's sessions: they sign in again
        String token = (String)
                identity.post("/api/auth/login", null, Map.of("email", person.email(), "password", Api.PASSWORD))
                        .json()
                        .get("accessToken");
        var export = identity.get("/api/accounts/me/export", token);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().toString()).doesNotContain(moderatorId);
        @SuppressWarnings("unchecked")
        var events = (List<Map<String, Object>>) export.json().get("securityEvents");
        assertThat(events)
                .filteredOn(e -> "ROLE_CHANGED".equals(e.get("type")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor")).isEqualTo("MODERATOR");
                    assertThat(e.get("clientAddress")).isNull();
                });
    }

    @Test
    void moderatorsReadTheAuditLogAndOthersCannot() throws Exception {
        Api.Account target = api.signUpAccount("SME", "Cible");
        identity.post("/api/auth/login", null, Map.of("email", target.email(), "password", "mauvais mot de passe"));
        var session = identity.post(
                "/api/auth/login",
                null,
                Map.of("email", Sessions.MODERATOR_EMAIL, "password", Sessions.MODERATOR_PASSWORD));
        String moderator = (String) session.json().get("accessToken");

        var events = identity.get("/api/audit/events?type=LOGIN_FAILED", moderator);
        assertThat(events.status()).isEqualTo(200);
        assertThat((List<?>) events.json().get("items")).isNotEmpty();
        assertThat(identity.get("/api/audit/events", target.accessToken()).status())
                .isEqualTo(403);
        assertThat(platform.logs(platform.identity)).contains("security-event type=LOGIN_FAILED");
    }

    /** A provider account that turned TOTP on then off again: signs in with its password alone. */
    private Api.Account providerWithMfaOff() {
        Api.Account provider = api.signUpAccount("PROVIDER", "Prestataire prudent");
        var off = identity.post(
                "/api/accounts/me/mfa/deactivation",
                provider.accessToken(),
                Map.of("code", Totp.nextCode(provider.totpSecret())));
        assertThat(off.status()).isEqualTo(200);
        return provider;
    }

    private String serviceToken() {
        return MatrixFixture.serviceToken(platform, identity);
    }

    /** Read in buyer-service's own database: no service but identity-service holds the personal-data scope. */
    private int shortlistsOf(UUID accountId) throws SQLException {
        try (var connection = platform.database(platform.buyer).connect();
                var statement = connection.prepareStatement("SELECT count(*) FROM shortlist WHERE account_id = ?")) {
            statement.setObject(1, accountId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
