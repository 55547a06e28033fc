package io.vetted.vendor.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.document.Uploads;
import io.vetted.vendor.history.IdentityField;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.ProviderResponse;
import io.vetted.vendor.provider.ProviderStatus;
import io.vetted.vendor.provider.Providers;
import io.vetted.vendor.provider.UnpublishedReason;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SirenContestApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    ContestClient contests;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void answersATakenSirenWith409NamingTheFieldAndTheWayToContestIt() {
        var holder = Providers.published(providers, Providers.agency("Premier Arrivé", "Lyon", Specialty.HELPDESK));

        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> providers.create(
                            Providers.company("Vrai Titulaire", holder.profile().siren(), null)))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.CONFLICT, "siren"))
                    .satisfies(e -> assertThat(Problems.assertProblem(e, HttpStatus.CONFLICT)
                                    .toString())
                            .contains("siren-contests"));
        }
    }

    @Test
    void givesTheSirenToTheClaimantAndUnpublishesTheHolderWithTheReasonWhenTheModeratorSaysSo() {
        var holder = Providers.published(providers, Providers.agency("Usurpateur", "Lyon", Specialty.HELPDESK));
        String siren = holder.profile().siren();
        var claimant =
                Providers.published(providers, Providers.agency("Titulaire Légitime", "Lyon", Specialty.HELPDESK));
        ContestResponse opened = open(claimant, siren);
        answer(holder, opened);

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            contests.decide(opened.id(), new ContestDecision(ContestSide.CLAIMANT, "Kbis au nom du demandeur"));
        }

        ProviderResponse won = mine(claimant);
        assertThat(won.siren()).isEqualTo(siren);
        assertThat(won.company().owner().moderatorCheckedAt()).isNotNull();
        assertThat(won.formerly())
                .singleElement()
                .satisfies(f -> assertThat(f.field()).isEqualTo(IdentityField.SIREN))
                .satisfies(f -> assertThat(f.newValue()).isEqualTo(siren));
        ProviderResponse lost = mine(holder);
        assertThat(lost.status()).isEqualTo(ProviderStatus.DRAFT);
        assertThat(lost.siren()).isNull();
        assertThat(lost.unpublishedReason()).isEqualTo("Kbis au nom du demandeur");
        assertThat(lost.unpublishedReasonCode()).isEqualTo(UnpublishedReason.SIREN_CONTEST_LOST);
        assertThat(lost.unpublishedSiren()).isEqualTo(siren);
        assertThat(lost.formerly()).extracting(f -> f.previousValue()).containsExactly(siren);
        assertThat(lost.sirenContests())
                .singleElement()
                .satisfies(c -> assertThat(c.winner()).isEqualTo(ContestSide.CLAIMANT))
                .satisfies(c -> assertThat(c.side()).isEqualTo(ContestSide.HOLDER));
    }

    @Test
    void unpublishesAClaimantWhoLosesWithTheReasonAndRefusesToReopenTheContest() {
        var holder = Providers.published(providers, Providers.agency("Titulaire", "Lyon", Specialty.HELPDESK));
        String siren = holder.profile().siren();
        var claimant = Providers.published(providers, Providers.agency("Prétendant", "Lyon", Specialty.HELPDESK));
        ContestResponse opened = open(claimant, siren);

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            contests.decide(opened.id(), new ContestDecision(ContestSide.HOLDER, "Le titulaire a produit le Kbis"));
        }

        assertThat(mine(claimant).status()).isEqualTo(ProviderStatus.DRAFT);
        assertThat(mine(claimant).unpublishedReason()).isEqualTo("Le titulaire a produit le Kbis");
        assertThat(mine(claimant).unpublishedReasonCode()).isEqualTo(UnpublishedReason.SIREN_CONTEST_LOST);
        assertThat(mine(claimant).unpublishedSiren()).isEqualTo(siren);
        assertThat(providers.get(holder.id()).siren()).isEqualTo(siren);
        assertThat(mine(holder).company().owner().moderatorCheckedAt()).isNotNull();
        assertThatThrownBy(() -> open(claimant, siren)).satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
    }

    @Test
    void letsOnlyTheHoldersOwnAccountsAnswer() {
        var holder = Providers.published(providers, Providers.agency("Titulaire Discret", "Lyon", Specialty.HELPDESK));
        var claimant = Providers.published(providers, Providers.agency("Prétendant Bis", "Lyon", Specialty.HELPDESK));
        ContestResponse opened = open(claimant, holder.profile().siren());

        try (var ignored = BearerToken.as(claimant.owner())) {
            assertThatThrownBy(() -> contests.answer(opened.id(), new ContestAnswer("C'est le nôtre", null)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
        assertThat(answer(holder, opened).holderAnswered()).isTrue();
    }

    @Test
    void refusesAContestOfASirenNobodyHoldsWith422() {
        var claimant = Providers.published(providers, Providers.agency("Prétendant Seul", "Lyon", Specialty.HELPDESK));

        assertThatThrownBy(() -> open(claimant, Providers.newSiren()))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "siren"));
    }

    private ContestResponse open(Providers.Owned claimant, String siren) {
        var kbis = Uploads.pdf(http, claimant.id(), claimant.owner());
        try (var ignored = BearerToken.as(claimant.owner())) {
            return contests.open(claimant.id(), new ContestRequest(siren, "Notre Kbis le montre", kbis))
                    .body();
        }
    }

    private ContestResponse answer(Providers.Owned holder, ContestResponse opened) {
        var kbis = Uploads.pdf(http, holder.id(), holder.owner());
        try (var ignored = BearerToken.as(holder.owner())) {
            return contests.answer(opened.id(), new ContestAnswer("Nous l'avons depuis 2012", kbis));
        }
    }

    private ProviderResponse mine(Providers.Owned owned) {
        try (var ignored = BearerToken.as(owned.owner())) {
            return providers.mine();
        }
    }
}
