package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.testsupport.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The foundation's slice through the real services: profile, search, reference, propagated rating. */
@OnPlatform(webUi = false)
class ReferenceSliceIT {

    private Platform platform;
    private Api api;

    @Test
    void aReferencePostedOnReviewServiceReachesVendorServiceSearch() {
        String provider = api.signUp("PROVIDER", "Agence Rhône Informatique");
        UUID id = api.createProvider(
                provider,
                "Rhône Infogérance",
                "Villeurbanne",
                "SERVERS_INFRASTRUCTURE",
                "Infogérance de serveurs pour PME.");
        assertThat(api.search("villeurbanne")).extracting(p -> p.get("id")).containsExactly(id.toString());

        api.postReference(api.signUp("SME", "Boulangerie Martin"), id, 5, "Très réactifs.");
        api.postReference(api.signUp("SME", "Cabinet Durand"), id, 4, "Bon suivi mensuel.");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Map<String, Object> found = api.search("villeurbanne").get(0);
            assertThat(found.get("referenceCount")).isEqualTo(2);
            assertThat(((Number) found.get("averageRating")).doubleValue()).isEqualTo(4.5);
        });
        assertThat((List<?>) api.references(id).get("items")).hasSize(2);
    }

    @Test
    void refusesAReferenceOnAProviderVendorServiceDoesNotKnowWith404() {
        String sme = api.signUp("SME", "PME inconnue");
        assertThatThrownBy(() -> api.postReference(sme, UUID.randomUUID(), 3, "Un prestataire fantôme."))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }

    @Test
    void answers503WhileVendorServiceIsDownAndWritesNothing() {
        UUID id = api.createProvider(api.signUp("PROVIDER", "Nord Réseaux"), "Nord Réseaux", "Roubaix", "NETWORKS", "");
        String sme = api.signUp("SME", "Filature du Nord");
        platform.stop(platform.vendor);
        try {
            assertThatThrownBy(() -> api.postReference(sme, id, 4, "Pendant la panne"))
                    .isInstanceOfSatisfying(
                            HttpClientResponseException.class,
                            e -> assertThat(e.code()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode()));
        } finally {
            platform.restart(platform.vendor);
        }
        assertThat(api.references(id).get("total")).isEqualTo(0);

        api.postReference(sme, id, 4, "Après la panne");
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(api.provider(id))
                        .extractingByKey("reputation")
                        .satisfies(r -> assertThat(((Map<?, ?>) r).get("referenceCount"))
                                .isEqualTo(1)));
    }
}
