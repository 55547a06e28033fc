package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** References across the real services: invitations, retries, moderation and what vendor-service receives. */
@OnPlatform(webUi = false)
class ReferenceApiIT {

    private Platform platform;
    private Api api;
    private String providerToken;
    private UUID provider;

    @BeforeAll
    void start() {
        providerToken = api.signUp("PROVIDER", "Garonne Systèmes");
        provider = api.publishedProvider(providerToken, "Garonne Systèmes", "Toulouse", "CYBERSECURITY", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClientInvitedByTheProviderGetsTheInvitedLabel() {
        Api.Account client = api.signUpAccount("SME", "Brasserie Capitole");
        String token = (String) api.reviewCall(
                        HttpRequest.POST("/api/providers/" + provider + "/invitations", Map.of("email", client.email()))
                                .bearerAuth(providerToken))
                .body()
                .get("token");
        Map<String, Object> body = Api.referenceBody(5, "Invités par Garonne Systèmes, ravis du suivi.");
        body.put("invitationToken", token);

        Map<String, Object> created =
                api.postReference(client.accessToken(), provider, body, null).body();

        // the provider's word: shown, but not a verification by Vetted
        assertThat((List<String>) created.get("labels")).containsExactly("INVITED_BY_PROVIDER", "NOT_VERIFIED");
    }

    @Test
    void noPublicAnswerAboutAProviderOrItsReferencesCarriesAnAccountId() {
        Api.Account owner = api.signUpAccount("PROVIDER", "Agence Vilaine");
        UUID vilaine = api.publishedProvider(owner.accessToken(), "Vilaine Réseaux", "Rennes", "HELPDESK", null);
        Api.Account member = api.signUpAccount("PROVIDER", "Collègue Vilaine");
        Api.Account client = api.signUpAccount("SME", "Crêperie Vilaine");
        try (Calls vendor = new Calls(platform.address(platform.vendor));
                Calls review = new Calls(platform.address(platform.review))) {
            var invitation = vendor.post(
                    "/api/providers/" + vilaine + "/team/invitations",
                    owner.accessToken(),
                    Map.of("email", member.email()));
            assertThat(vendor.post(
                                    "/api/team/invitations/" + invitation.json().get("id") + "/acceptance",
                                    member.accessToken(),
                                    null)
                            .status())
                    .isEqualTo(204);
            String reference = api.postReference(client.accessToken(), vilaine, 4, "Réactifs, même en août.")
                    .body()
                    .get("id")
                    .toString();
            assertThat(review.send(
                                    "PUT",
                                    "/api/references/" + reference + "/reply",
                                    member.accessToken(),
                                    Map.of("body", "Merci pour votre confiance."))
                            .status())
                    .isEqualTo(200);

            List<String> answers = List.of(
                    vendor.get("/api/providers/" + vilaine, null).body().toString(),
                    vendor.get("/api/providers?q=Vilaine", null).body().toString(),
                    review.get("/api/providers/" + vilaine + "/references", null)
                            .body()
                            .toString(),
                    review.get("/api/providers/" + vilaine + "/reputation", null)
                            .body()
                            .toString(),
                    review.get("/api/references/" + reference, null).body().toString(),
                    review.get("/api/references/" + reference + "/revisions", null)
                            .body()
                            .toString());
            assertThat(answers.get(1)).contains("Vilaine Réseaux");
            assertThat(answers.get(2)).contains("Merci pour votre confiance.");
            for (Api.Account person : List.of(owner, member, client)) {
                assertThat(answers)
                        .noneMatch(answer -> answer.contains(person.id().toString()));
            }
        }
    }

    @Test
    void refusesAnAuthorWhoseEmailIsAtTheProvidersWebsiteDomainWith422() {
        Api.Account colleague = api.signUpAccount("SME", "Un collègue");
        UUID insiders = api.publishedProvider(
                api.signUp("PROVIDER", "E2E Garonne IT"),
                "E2E Vetted IT",
                "Lyon",
                "HELPDESK",
                "https://www." + colleague.email().substring(colleague.email().indexOf('@') + 1));

        assertThatThrownBy(() ->
                        api.postReference(colleague.accessToken(), insiders, 5, "Nous sommes formidables, vraiment."))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(422));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOneReference() {
        String client = api.signUp("SME", "Pharmacie Saint-Sernin");
        Map<String, Object> body = Api.referenceBody(4, "Envoyée deux fois, enregistrée une seule.");

        Object first =
                api.postReference(client, provider, body, "e2e-retry").body().get("id");
        Object second =
                api.postReference(client, provider, body, "e2e-retry").body().get("id");

        assertThat(second).isEqualTo(first);
        assertThat((List<Map<String, Object>>) api.references(provider).get("items"))
                .filteredOn(r -> "Envoyée deux fois, enregistrée une seule.".equals(r.get("comment")))
                .hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aModeratorHidesAReferenceWithAPublicReasonAndVendorServiceStopsCountingIt() {
        UUID other = api.publishedProvider(api.signUp("PROVIDER", "Rose IT"), "Rose IT", "Toulouse", "HELPDESK", null);
        Map<String, Object> created = api.postReference(
                        api.signUp("SME", "Garage Minimes"),
                        other,
                        1,
                        "Le technicien s'appelle Jean Dupont, 06 00 00 00 00.")
                .body();
        String moderator = Sessions.moderator(platform);

        api.reviewCall(HttpRequest.POST(
                        "/api/moderation/references/" + created.get("id") + "/hide",
                        Map.of("reason", "Données personnelles d'un tiers"))
                .bearerAuth(moderator));

        Map<String, Object> shown =
                ((List<Map<String, Object>>) api.references(other).get("items")).get(0);
        assertThat(shown)
                .containsEntry("status", "HIDDEN")
                .containsEntry("hiddenReason", "Données personnelles d'un tiers")
                .doesNotContainKey("comment");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> ((Map<?, ?>) api.provider(other).get("reputation"))
                        .get("referenceCount")
                        .equals(0));
    }
}
