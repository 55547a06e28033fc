package io.vetted.identity.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.vetted.identity.IdentityTest;
import io.vetted.identity.account.Role;
import io.vetted.identity.account.SignUps;
import io.vetted.identity.auth.AuthClient;
import io.vetted.identity.auth.LoginRequest;
import io.vetted.identity.auth.TokenResponse;
import io.vetted.support.auth.ServiceToken;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** Signed-up accounts to notify, and a service that notifies them. */
@Singleton
class Recipients {

    private final SignUps signUps;
    private final AuthClient auth;
    private final HttpClient http;

    Recipients(SignUps signUps, AuthClient auth, @Client("/") HttpClient http) {
        this.signUps = signUps;
        this.auth = auth;
        this.http = http;
    }

    record Recipient(UUID id, String email, String accessToken) {}

    Recipient signUp(String language) {
        String email = IdentityTest.uniqueEmail("lecteur");
        signUps.verified(email, IdentityTest.PASSWORD, Role.SME, language);
        TokenResponse tokens = auth.login(new LoginRequest(email, IdentityTest.PASSWORD));
        return new Recipient(tokens.accountId(), email, tokens.accessToken());
    }

    void notify(NotificationBatch batch) {
        String token = auth.serviceToken(new ServiceToken.Request("review-service", NotificationTest.SECRET))
                .accessToken();
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/internal/notifications", batch).bearerAuth(token));
    }

    static NotificationBatch priceAlert(NotificationKind kind, List<UUID> accountIds) {
        return new NotificationBatch(
                UUID.randomUUID(),
                kind,
                accountIds,
                "Alpes Réseaux augmente ses prix",
                "Alpes Réseaux raises its prices",
                "De 900 € à 990 € par mois (+10 %) au 1er mars.",
                "From €900 to €990 a month (+10%) on 1 March.",
                "/providers/" + UUID.randomUUID());
    }
}
