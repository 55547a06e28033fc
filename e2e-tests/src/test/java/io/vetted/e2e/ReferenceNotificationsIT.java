package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Everything that waits on someone reaches them in identity-service's notification centre, in their
 * language, once, and nobody else: a provider (reading Vetted in English) hears of a new reference,
 * its author (in French) of the reply and of a contact request, and the requester of the answer.
 */
@OnPlatform(webUi = false)
class ReferenceNotificationsIT {

    private Platform platform;
    private Api api;
    private Calls identity;

    @BeforeAll
    void start() {
        identity = new Calls(platform.address(platform.identity));
    }

    @AfterAll
    void stop() {
        identity.close();
    }

    @Test
    void eachSideOfAReferenceAndOfAContactRequestIsToldOnceInItsLanguage() {
        Api.Account owner = api.signUpAccount("PROVIDER", "Adour Informatique", null, "en");
        UUID provider = api.publishedProvider(owner.accessToken(), "Adour Informatique", "Bayonne", "HELPDESK", null);
        Api.Account author = api.signUpAccount("SME", "Boulangerie Lasserre");

        Object reference = api.postReference(
                        author.accessToken(), provider, 4, "Réactifs et clairs, même le samedi matin.")
                .body()
                .get("id");

        Map<String, Object> toProvider = onlyOne(owner, "REFERENCE");
        assertThat(toProvider)
                .containsEntry("subject", "A new reference on Adour Informatique")
                .containsEntry("link", "/providers/" + provider + "/references");
        assertThat(notifications(author)).noneMatch(n -> "REFERENCE".equals(n.get("kind")));

        api.reviewCall(
                HttpRequest.PUT("/api/references/" + reference + "/reply", Map.of("body", "Merci, à samedi prochain !"))
                        .bearerAuth(owner.accessToken()));

        assertThat(onlyOne(author, "REFERENCE"))
                .containsEntry("subject", "Adour Informatique a répondu à votre référence")
                .containsEntry("link", "/my/references");

        Api.Account requester = api.signUpAccount("SME", "Cave Etcheverry");
        Object request = api.reviewCall(HttpRequest.POST(
                                "/api/references/" + reference + "/contact-requests",
                                Map.of("company", "Cave Etcheverry", "message", "Sont-ils joignables le week-end ?"))
                        .bearerAuth(requester.accessToken()))
                .body()
                .get("id");

        assertThat(onlyOne(author, "CONTACT"))
                .containsEntry("link", "/my/contact-requests")
                .satisfies(n -> assertThat((String) n.get("body")).doesNotContain("Cave Etcheverry"));

        api.reviewCall(HttpRequest.POST(
                        "/api/contact-requests/" + request + "/acceptance",
                        Map.of("contactDetails", "Marie, 05 59 00 00 00"))
                .bearerAuth(author.accessToken()));

        assertThat(onlyOne(requester, "CONTACT"))
                .containsEntry("link", "/my/contact-requests")
                .satisfies(n -> assertThat((String) n.get("subject")).contains("a accepté"))
                .satisfies(n -> assertThat((String) n.get("body")).doesNotContain("05 59"));
        assertThat(notifications(owner))
                .extracting(n -> n.get("kind"))
                .containsOnlyOnce("REFERENCE")
                .doesNotContain("CONTACT");
    }

    @Test
    void aBuyerWatchingTheProviderHearsOfATwoStarReferenceButNotOfAFourStarOne() {
        Api.Account owner = api.signUpAccount("PROVIDER", "Nive Réseaux");
        UUID provider = api.publishedProvider(owner.accessToken(), "Nive Réseaux", "Bayonne", "HELPDESK", null);
        Api.Account watcher = api.signUpAccount("SME", "Cabinet Etcheverry", null, "en");
        try (Calls buyer = new Calls(platform.address(platform.buyer))) {
            var list = buyer.post("/api/buyer/shortlists", watcher.accessToken(), Map.of("name", "Réseau"));
            buyer.post(
                    "/api/buyer/shortlists/" + list.json().get("id") + "/entries",
                    watcher.accessToken(),
                    Map.of("providerId", provider));
        }

        api.postReference(
                api.signUpAccount("SME", "Conserverie Arrieta").accessToken(),
                provider,
                4,
                "Intervention propre, délais tenus.");
        api.postReference(
                api.signUpAccount("SME", "Menuiserie Iriarte").accessToken(),
                provider,
                2,
                "Trois relances pour une imprimante, jamais de compte rendu.");

        assertThat(onlyOne(watcher, "PRICE_ALERT"))
                .containsEntry("subject", "Nive Réseaux: new reference rated 2/5")
                .containsEntry("link", "/providers/" + provider);
    }

    /** Waits for the account's notification of {@code kind}, then checks it is the only one of that kind. */
    private Map<String, Object> onlyOne(Api.Account account, String kind) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> notifications(account).stream().anyMatch(n -> kind.equals(n.get("kind"))));
        List<Map<String, Object>> ofKind = notifications(account).stream()
                .filter(n -> kind.equals(n.get("kind")))
                .toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> notifications(Api.Account account) {
        var answer = identity.get("/api/notifications", account.accessToken());
        assertThat(answer.status()).isEqualTo(200);
        return (List<Map<String, Object>>) answer.json().get("items");
    }
}
