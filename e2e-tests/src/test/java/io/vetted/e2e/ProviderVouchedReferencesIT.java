package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A reference the provider itself vouched for (it invited the client) reaches vendor-service
 * through review-service's outbox as the provider's word: search's "verified" filter and sort,
 * the compare table and the profile's verified count never count it.
 */
@OnPlatform(webUi = false)
class ProviderVouchedReferencesIT {

    private Platform platform;
    private Api api;

    @Test
    @SuppressWarnings("unchecked")
    void anInvitedReferenceCountsAsTheProvidersWordNeverAsVerified() {
        String providerToken = api.signUp("PROVIDER", "Comminges Informatique");
        UUID provider =
                api.publishedProvider(providerToken, "Comminges Informatique", "Saint-Gaudens", "HELPDESK", null);
        Api.Account client = api.signUpAccount("SME", "Fromagerie du Comminges");
        String invitation = (String) api.reviewCall(
                        HttpRequest.POST("/api/providers/" + provider + "/invitations", Map.of("email", client.email()))
                                .bearerAuth(providerToken))
                .body()
                .get("token");
        Map<String, Object> body = Api.referenceBody(5, "Invités par le prestataire, très contents.");
        body.put("invitationToken", invitation);
        api.postReference(client.accessToken(), provider, body, null);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> Integer.valueOf(1).equals(reputation(provider).get("referenceCount")));

        Map<String, Object> reputation = reputation(provider);
        assertThat(reputation).containsEntry("providerVouchedCount", 1).containsEntry("verifiedReferenceCount", 0);
        List<Map<String, Object>> verifiedOnly = (List<Map<String, Object>>)
                api.vendorCall(HttpRequest.GET("/api/providers?q=Comminges&minVerifiedReferences=1"))
                        .body()
                        .get("items");
        assertThat(verifiedOnly).isEmpty();
        assertThat(api.search("Comminges"))
                .singleElement()
                .satisfies(item -> assertThat(item).containsEntry("verifiedReferenceCount", 0));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> reputation(UUID provider) {
        return (Map<String, Object>) api.provider(provider).get("reputation");
    }
}
