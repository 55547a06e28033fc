package io.vetted.vendor.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Search's "verified" filter and sort count only references an independent party vouched for. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifiedOnlySearchTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @BeforeAll
    void twoProvidersVouchedForDifferently() {
        UUID ownWord = Providers.published(providers, Providers.agency("Parole Propre", "Lyon", Specialty.HELPDESK))
                .id();
        UUID checked = Providers.published(providers, Providers.agency("Clients Vérifiés", "Lyon", Specialty.HELPDESK))
                .id();
        push(ownWord, Map.of("providerVouchedCount", 9, "independentReferenceCount", 0));
        push(checked, Map.of("providerVouchedCount", 0, "independentReferenceCount", 2, "clientVerifiedCount", 2));
    }

    @Test
    void leavesOutProvidersVouchedForOnlyByThemselvesFromTheVerifiedFilter() {
        assertThat(names("minVerifiedReferences=1")).containsExactly("Clients Vérifiés");
    }

    @Test
    void sortsByIndependentlyVerifiedReferencesOnly() {
        assertThat(names("sort=VERIFIED_REFERENCES")).containsExactly("Clients Vérifiés", "Parole Propre");
    }

    private void push(UUID provider, Map<String, Object> counts) {
        Map<String, Object> body = new java.util.HashMap<>(counts);
        body.put("sourceVersion", 1);
        body.put("referenceCount", 9);
        body.put("averageRating", new BigDecimal("4.50"));
        body.put("bayesianRating", new BigDecimal("4.00"));
        http.toBlocking()
                .exchange(HttpRequest.PUT("/api/internal/providers/" + provider + "/reputation", body)
                        .bearerAuth(TestIssuer.shared().token("service:review-service", "SERVICE")));
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String query) {
        Map<String, Object> page = http.toBlocking()
                .retrieve(HttpRequest.GET("/api/providers?" + query), Argument.mapOf(String.class, Object.class));
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(item -> (String) item.get("name")).toList();
    }
}
