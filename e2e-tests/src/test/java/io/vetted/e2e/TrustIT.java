package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Platform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worst case, with the real services and the outbox: a provider's sock puppets, signed
 * up from the provider's own browser, flood it with references. Quarantined on arrival, they leave
 * the rating vendor-service publishes exactly where it was until a moderator decides; one bulk
 * decision then moves it exactly once. The puppets are told by mail at each step.
 */
@OnPlatform(webUi = false)
class TrustIT {

    private Platform platform;
    private Api api;
    private ReviewDatabase review;

    @BeforeAll
    void start() {
        review = new ReviewDatabase(platform);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBurstOfFlaggedReferencesLeavesTheRatingUnchangedUntilAModeratorClearsThemThenMovesItOnce() {
        String device = UUID.randomUUID().toString().replace("-", "");
        Api.Account owner = api.signUpAccount("PROVIDER", "Atelier Numérique", device);
        UUID provider = api.publishedProvider(owner.accessToken(), "Atelier Numérique", "Nantes", "HELPDESK", null);
        Api.Account client = api.signUpAccount("SME", "Librairie du Port");
        var established = api.postReference(client.accessToken(), provider, 5, "Un partenaire fiable depuis trois ans.")
                .body();
        review.establishedSince(client.id(), UUID.fromString((String) established.get("id")), 60);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rating(provider).get("referenceCount").equals(1));

        List<Api.Account> puppets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Api.Account puppet = api.signUpAccount("SME", "Client " + i, device);
            puppets.add(puppet);
            var written = api.postReference(
                            puppet.accessToken(),
                            provider,
                            1,
                            "Service déplorable numéro " + i + ", à fuir absolument.")
                    .body();
            assertThat(written.get("status")).isEqualTo("UNDER_REVIEW");
            await().atMost(Duration.ofSeconds(30)).until(review::outboxDrained);
            assertThat(rating(provider)).containsEntry("referenceCount", 1).containsEntry("averageRating", 5.0);
        }
        long before = vendorSourceVersion(provider);
        assertThat(before).isEqualTo(reviewVersion(provider));

        String moderator = Sessions.moderator(platform);
        var cases = api.reviewCall(HttpRequest.GET("/api/moderation/cases?providerId=" + provider)
                        .bearerAuth(moderator))
                .body();
        assertThat((List<Map<String, Object>>) cases.get("items"))
                .hasSize(4)
                .allSatisfy(item -> assertThat((List<String>) item.get("kinds")).contains("LINKED_ACCOUNTS"));
        api.reviewCall(HttpRequest.POST(
                        "/api/moderation/providers/" + provider + "/decisions",
                        Map.of("action", "CLEAR", "reason", "Clients joints par téléphone : missions réelles"))
                .bearerAuth(moderator));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> rating(provider).get("referenceCount").equals(5));
        await().atMost(Duration.ofSeconds(30)).until(review::outboxDrained);
        assertThat(rating(provider)).containsEntry("averageRating", 1.8);
        assertThat(reviewVersion(provider)).isEqualTo(before + 1);
        assertThat(vendorSourceVersion(provider)).isEqualTo(before + 1);
        // notices are mailed from identity-service's notification queue, drained every few seconds
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(puppets)
                        .allSatisfy(puppet -> assertThat(platform.mail().subjects(puppet.email()))
                                .anySatisfy(s -> assertThat(s).contains("en cours de vérification"))
                                .anySatisfy(s -> assertThat(s).contains("de nouveau publiée"))));
    }

    @Test
    void erasingAnAccountForgetsItsLinkageSignals() {
        Api.Account client = api.signUpAccount(
                "SME", "Mercerie Dupin", UUID.randomUUID().toString().replace("-", ""));
        assertThat(linkageSignals(client.id())).isEqualTo(1);

        try (Calls identity = new Calls(platform.address(platform.identity))) {
            assertThat(identity.post(
                                    "/api/accounts/me/deletion", client.accessToken(), Map.of("password", Api.PASSWORD))
                            .status())
                    .isEqualTo(204);
        }

        assertThat(linkageSignals(client.id())).isZero();
    }

    /** Rows of keyed hashes identity-service keeps for the account (the device here: tests sign in from loopback). */
    private long linkageSignals(UUID account) {
        try (Connection connection = platform.database(platform.identity).connect();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT count(*) FROM linkage_signal WHERE account_id = ?")) {
            statement.setObject(1, account);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rating(UUID provider) {
        return (Map<String, Object>) api.provider(provider).get("reputation");
    }

    private long reviewVersion(UUID provider) {
        return ((Number) api.reviewCall(HttpRequest.GET("/api/providers/" + provider + "/reputation"))
                        .body()
                        .get("version"))
                .longValue();
    }

    /** The version of the last snapshot vendor-service applied: one more per change that reached it. */
    private long vendorSourceVersion(UUID provider) {
        try (Connection connection = platform.database(platform.vendor).connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT source_version FROM provider_reputation WHERE provider_id = ?")) {
            statement.setObject(1, provider);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
