package io.vetted.review.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Authors edit (history kept) and withdraw their references; nobody else changes them; readers sort and filter. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceLifecycleTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ReferenceClient references;

    @Test
    void anAuthorEditsTheirReferenceAndTheEarlierVersionIsKept() {
        var author = TestIssuer.shared().account("SME");
        try (var ignored = BearerToken.as(author)) {
            var created = post(vendor.knownProvider(), 2, "Démarrage difficile, on verra.");
            var edit = withVersion(
                    SampleReferences.request(4, "Après six mois, ils ont redressé la barre."), created.version());

            var edited = references.edit(created.id(), edit);

            assertThat(edited.comment()).isEqualTo("Après six mois, ils ont redressé la barre.");
            assertThat(edited.editedAt()).isNotNull();
            assertThat(edited.publishedAt()).isEqualTo(created.publishedAt());
            assertThat(references.revisions(created.id())).singleElement().satisfies(r -> {
                assertThat(r.comment()).isEqualTo("Démarrage difficile, on verra.");
                assertThat(r.rating()).isEqualTo(2);
            });
        }
    }

    @Test
    void refusesAnEditOnAStaleVersionWith409() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var created = post(vendor.knownProvider(), 3, "Correct sans plus pour l'instant.");
            references.edit(
                    created.id(),
                    withVersion(SampleReferences.request(4, "Mieux depuis la mise à jour."), created.version()));

            assertThatThrownBy(() -> references.edit(
                            created.id(),
                            withVersion(
                                    SampleReferences.request(1, "Écrit sur une vieille version."), created.version())))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        }
    }

    @Test
    void refusesAnEditByAnotherClientWith403() {
        ReferenceResponse created;
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            created = post(vendor.knownProvider(), 5, "Excellent prestataire, très réactif.");
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            assertThatThrownBy(() -> references.edit(
                            created.id(), withVersion(SampleReferences.request(1, "Sabotage !!"), created.version())))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void refusesAnyEditOrWithdrawalByTheProviderWith403() {
        UUID provider = vendor.knownProvider();
        ReferenceResponse created;
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            created = post(provider, 1, "Aucune réponse à nos tickets.");
        }
        try (var ignored =
                BearerToken.as(TestIssuer.shared().token(vendor.owner(provider).toString(), "PROVIDER"))) {
            assertThatThrownBy(() -> references.edit(
                            created.id(), withVersion(SampleReferences.request(5, "En fait génial."), 0L)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
            assertThatThrownBy(() -> references.withdraw(created.id()))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void aWithdrawnReferenceLeavesTheListButStaysInTheAuthorsOwn() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var created = post(provider, 3, "Je préfère retirer cet avis.");

            references.withdraw(created.id());

            assertThat(references.list(provider, 0, 20, null, null, null, null).total())
                    .isZero();
            assertThat(references.mine())
                    .singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(ReferenceStatus.WITHDRAWN));
        }
    }

    @Test
    void filtersCurrentClientsAndSortsByACriterion() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var past = SampleReferences.request(
                    "Ancien client", 5, Map.of("BILLING", 2), "Ancien client, facturation floue.", null);
            references.create(
                    provider,
                    null,
                    new ReferenceRequest(
                            past.company(),
                            SampleReferences.engagement(
                                    SampleReferences.start(),
                                    SampleReferences.start().plusMonths(6)),
                            5,
                            past.criteria(),
                            true,
                            past.facts(),
                            past.comment(),
                            false,
                            null,
                            null));
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            references.create(
                    provider,
                    null,
                    SampleReferences.request(
                            "Client actuel", 3, Map.of("BILLING", 5), "Client actuel, factures impeccables.", null));
        }

        assertThat(references.list(provider, 0, 20, null, null, true, null).items())
                .extracting(ReferenceResponse::companyName)
                .containsExactly("Client actuel");
        assertThat(references
                        .list(provider, 0, 20, ReferenceSort.HIGHEST, null, null, Criterion.BILLING)
                        .items())
                .extracting(ReferenceResponse::companyName)
                .containsExactly("Client actuel", "Ancien client");
        assertThat(references
                        .list(provider, 0, 20, ReferenceSort.HIGHEST, null, null, null)
                        .items())
                .extracting(ReferenceResponse::companyName)
                .containsExactly("Ancien client", "Client actuel");
        assertThat(references.list(provider, 0, 20, null, true, null, null).total())
                .isZero();
    }

    private ReferenceResponse post(UUID provider, int rating, String comment) {
        return references
                .create(provider, null, SampleReferences.request(rating, comment))
                .body();
    }

    private static ReferenceRequest withVersion(ReferenceRequest r, long version) {
        return new ReferenceRequest(
                r.company(),
                r.engagement(),
                r.rating(),
                r.criteria(),
                r.wouldRecommend(),
                r.facts(),
                r.comment(),
                r.contactAllowed(),
                null,
                version);
    }
}
