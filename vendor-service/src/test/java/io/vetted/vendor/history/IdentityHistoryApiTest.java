package io.vetted.vendor.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.moderation.IdentityQueueClient;
import io.vetted.vendor.moderation.QueueKind;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.ProviderResponse;
import io.vetted.vendor.provider.ProviderStatus;
import io.vetted.vendor.provider.Providers;
import io.vetted.vendor.provider.StatusRequest;
import io.vetted.vendor.provider.UnpublishedReason;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityHistoryApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    ChangeReviewClient reviews;

    @Inject
    IdentityQueueClient queue;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void showsWhatAPublishedProfileWasFormerlyCalledAndWhereItsWebsiteWas() {
        var owned = Providers.published(
                providers, Providers.company("Ancien Nom", Providers.newSiren(), "https://www.ancien-nom.fr"));
        String siren = Providers.newSiren();

        rename(owned, "Nouveau Nom", siren, "https://nouveau-nom.fr");

        assertThat(providers.get(owned.id()).formerly())
                .extracting(FormerIdentity::field, FormerIdentity::previousValue, FormerIdentity::newValue)
                .containsExactlyInAnyOrder(
                        tuple(IdentityField.NAME, "Ancien Nom", "Nouveau Nom"),
                        tuple(IdentityField.SIREN, owned.profile().siren(), siren),
                        tuple(IdentityField.WEBSITE, "https://www.ancien-nom.fr", "https://nouveau-nom.fr"));
    }

    @Test
    void keepsTheHistoryOfAProfileTakenBackToDraftBeforeItsRenaming() {
        var owned = Providers.published(providers, Providers.company("Nom Public", Providers.newSiren(), null));
        try (var ignored = BearerToken.as(owned.owner())) {
            providers.status(owned.id(), new StatusRequest(owned.profile().version(), ProviderStatus.DRAFT));
        }
        rename(owned, "Nom Discret", owned.profile().siren(), null);
        try (var ignored = BearerToken.as(owned.owner())) {
            providers.status(owned.id(), new StatusRequest(providers.mine().version(), ProviderStatus.PUBLISHED));
        }

        assertThat(providers.get(owned.id()).formerly())
                .singleElement()
                .satisfies(f -> assertThat(f.previousValue()).isEqualTo("Nom Public"));
    }

    @Test
    void keepsNoPublicHistoryOfADraftNeverPublished() {
        var owner = TestIssuer.shared().account("PROVIDER");
        try (var ignored = BearerToken.as(owner)) {
            ProviderResponse draft = providers
                    .create(Providers.company("Brouillon", Providers.newSiren(), null))
                    .body();
            providers.identity(draft.id(), Providers.identity(draft, "Brouillon Renommé", draft.siren(), null));

            assertThat(providers.mine().formerly()).isEmpty();
        }
    }

    @Test
    void letsAModeratorUnpublishAProfileWhoseChangeLooksWrongWithTheReason() {
        var owned = Providers.published(providers, Providers.company("Agence Sérieuse", Providers.newSiren(), null));
        rename(owned, "Autre Société", owned.profile().siren(), null);
        UUID change = pending(owned);

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            reviews.decide(change, new ChangeDecision(ChangeDecision.Outcome.UNPUBLISHED, "Reprise d'un profil"));
            assertThatThrownBy(() -> reviews.decide(
                            change, new ChangeDecision(ChangeDecision.Outcome.ACCEPTED, "Finalement non")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }

        try (var ignored = BearerToken.as(owned.owner())) {
            assertThat(providers.mine().status()).isEqualTo(ProviderStatus.DRAFT);
            assertThat(providers.mine().unpublishedReason()).isEqualTo("Reprise d'un profil");
            assertThat(providers.mine().unpublishedReasonCode()).isEqualTo(UnpublishedReason.IDENTITY_CHANGE);
            assertThatThrownBy(() ->
                            reviews.decide(change, new ChangeDecision(ChangeDecision.Outcome.ACCEPTED, "Moi-même")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    private void rename(Providers.Owned owned, String name, String siren, String website) {
        try (var ignored = BearerToken.as(owned.owner())) {
            providers.identity(owned.id(), Providers.identity(providers.mine(), name, siren, website));
        }
    }

    private UUID pending(Providers.Owned owned) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            return queue.queue(QueueKind.IDENTITY_CHANGE, 0, 100).entries().stream()
                    .filter(e -> e.providerId().equals(owned.id()))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }
    }
}
