package io.vetted.vendor.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.ProviderResponse;
import io.vetted.vendor.provider.ProviderStatus;
import io.vetted.vendor.provider.Providers;
import io.vetted.vendor.provider.StatusRequest;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Saved-search alerts start from vendor-service: a provider's first publication, and only that one, is told. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstPublicationEventTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void aFirstPublicationQueuesOneProviderPublishedEventNamingTheOwner() {
        var owned = Providers.published(providers, Providers.agency("Agence Parution", "Lyon", Specialty.HELPDESK));

        assertThat(WatchOutbox.publications(dataSource, owned.id()))
                .singleElement()
                .satisfies(event -> assertThat(event)
                        .contains("\"kind\": \"PROVIDER_PUBLISHED\"", "\"providerName\": \"Agence Parution\"")
                        .contains("\"ownerAccountId\": \"" + owned.owner().id() + "\""));
    }

    @Test
    void publishingAgainAfterADraftSpellQueuesNothingMore() {
        var owned = Providers.published(providers, Providers.agency("Agence Retour", "Metz", Specialty.HELPDESK));

        try (var ignored = BearerToken.as(owned.owner())) {
            ProviderResponse draft = providers.status(
                    owned.id(), new StatusRequest(owned.profile().version(), ProviderStatus.DRAFT));
            providers.status(owned.id(), new StatusRequest(draft.version(), ProviderStatus.PUBLISHED));
        }

        assertThat(WatchOutbox.publications(dataSource, owned.id())).hasSize(1);
    }
}
