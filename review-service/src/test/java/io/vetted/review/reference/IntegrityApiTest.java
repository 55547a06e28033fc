package io.vetted.review.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The refusals that keep references honest, and the retries that must not duplicate them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrityApiTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ReferenceClient references;

    @Inject
    DataSource dataSource;

    @Test
    void rejectsSelfReviewByTheProvidersOwnAccountWith422() {
        var owner = TestIssuer.shared().account("SME");
        UUID provider = vendor.provider(UUID.fromString(owner.id()), null);
        try (var ignored = BearerToken.as(owner)) {
            assertThatThrownBy(() -> references.create(
                            provider, null, SampleReferences.request(5, "Nous sommes les meilleurs.")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "providerId"));
        }
    }

    @Test
    void rejectsSelfReviewByAMemberOfTheProvidersTeamWith422() {
        var colleague = TestIssuer.shared().account("SME");
        UUID provider = vendor.knownProvider();
        vendor.addMember(provider, colleague.id());
        try (var ignored = BearerToken.as(colleague)) {
            assertThatThrownBy(
                            () -> references.create(provider, null, SampleReferences.request(5, "Mon équipe est top.")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "providerId"));
        }
    }

    @Test
    void readsTheTeamFromTheLinkageFactsWithoutAMembershipCallPerReference() {
        var client = TestIssuer.shared().account("SME");
        int before = vendor.memberCalls();
        try (var ignored = BearerToken.as(client)) {
            references.create(vendor.knownProvider(), null, SampleReferences.request(5, "Un prestataire fiable."));
        }
        assertThat(vendor.memberCalls()).isEqualTo(before);
    }

    @Test
    void rejectsAnAuthorWhoseEmailDomainIsTheProvidersWebsiteWith422() {
        var insider = TestIssuer.shared().account("SME");
        String domain = SampleReferences.email(insider.token()).replaceFirst(".*@", "");
        UUID provider = vendor.provider(UUID.randomUUID(), "https://www." + domain + "/services");
        try (var ignored = BearerToken.as(insider)) {
            assertThatThrownBy(
                            () -> references.create(provider, null, SampleReferences.request(5, "Vu de l'intérieur.")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "author"));
        }
    }

    @Test
    void refusesASecondReferenceFromTheSameCompanyForAnOverlappingEngagementWith409() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            references.create(
                    provider,
                    null,
                    SampleReferences.request("Garage Petit SARL", 4, Map.of(), "Première collègue ravie.", null));
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            assertThatThrownBy(() -> references.create(
                            provider,
                            null,
                            SampleReferences.request("garage petit", 1, Map.of(), "Second avis du même garage.", null)))
                    .satisfies(e -> assertThat(Problems.assertProblem(e, HttpStatus.CONFLICT)
                                    .get("detail")
                                    .toString())
                            .containsIgnoringCase("your company"));
        }
    }

    @Test
    void refusesASecondReferenceFromTheSameAccountWithin12MonthsPointingToTheFirstWith409() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var first = references.create(provider, null, pastEngagement("Premier contrat, en 2020."));

            assertThatThrownBy(() -> references.create(
                            provider, null, SampleReferences.request(5, "Nouveau contrat, bien mieux.")))
                    .satisfies(e -> assertThat(Problems.assertProblem(e, HttpStatus.CONFLICT)
                                    .get("detail")
                                    .toString())
                            .contains("edit that one", first.body().id().toString()));
        }
    }

    @Test
    void acceptsASecondReferenceFromTheSameAccountOnceTheFirstIsOlderThan12Months() throws SQLException {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var first = references.create(provider, null, pastEngagement("Premier contrat, en 2020."));
            SampleReferences.publishedAgo(dataSource, first.body().id(), 13);

            var second = references.create(provider, null, SampleReferences.request(5, "Nouveau contrat, bien mieux."));

            assertThat(second.code()).isEqualTo(HttpStatus.CREATED.getCode());
        }
    }

    @Test
    void refusesASecondReferenceFromTheSameCompanyMailDomainWith409() {
        UUID provider = vendor.knownProvider();
        String domain = "garage-" + UUID.randomUUID().toString().substring(0, 6) + ".fr";
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME", "a@" + domain))) {
            references.create(provider, null, SampleReferences.request(5, "Un premier avis du garage."));
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME", "b@" + domain))) {
            assertThatThrownBy(() -> references.create(
                            provider, null, SampleReferences.request(1, "Un second avis, autre collègue.")))
                    .satisfies(e -> assertThat(Problems.assertProblem(e, HttpStatus.CONFLICT)
                                    .get("detail")
                                    .toString())
                            .contains("mail domain"));
        }
    }

    @Test
    void colleaguesAtAFreeMailProviderAreNotOneCompany() {
        UUID provider = vendor.knownProvider();
        for (int i = 0; i < 2; i++) {
            try (var ignored = BearerToken.as(
                    TestIssuer.shared().account("SME", "client" + i + UUID.randomUUID() + "@gmail.com"))) {
                assertThat(references
                                .create(provider, null, SampleReferences.request(4, "Avis numéro " + i + "."))
                                .code())
                        .isEqualTo(HttpStatus.CREATED.getCode());
            }
        }
    }

    private static ReferenceRequest pastEngagement(String comment) {
        LocalDate start = SampleReferences.today().minusYears(5);
        var first = SampleReferences.request(3, comment);
        return new ReferenceRequest(
                first.company(),
                SampleReferences.engagement(start, start.plusYears(1)),
                3,
                Map.of(),
                false,
                first.facts(),
                first.comment(),
                false,
                null,
                null);
    }

    @Test
    void refusesMoreReferencesThanTheDailyLimitWith429AndRetryAfter() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            for (int i = 0; i < 3; i++) {
                references.create(vendor.knownProvider(), null, SampleReferences.request(4, "Référence numéro " + i));
            }
            assertThatThrownBy(() -> references.create(
                            vendor.knownProvider(), null, SampleReferences.request(4, "Une de trop.")))
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                        Problems.assertProblem(e, HttpStatus.TOO_MANY_REQUESTS);
                        assertThat(Long.parseLong(e.getResponse().header("Retry-After")))
                                .isBetween(1L, 86_400L);
                    });
        }
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOneReference() {
        UUID provider = vendor.knownProvider();
        var request = SampleReferences.request(5, "Envoyée deux fois par un réseau capricieux.");
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var first = references.create(provider, "retry-1", request);
            var second = references.create(provider, "retry-1", request);

            assertThat(second.body().id()).isEqualTo(first.body().id());
            assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        }
        assertThat(references.list(provider, 0, 20, null, null, null, null).total())
                .isEqualTo(1);
    }

    @Test
    void reusingAnIdempotencyKeyForADifferentReferenceAnswers422() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            references.create(vendor.knownProvider(), "key-7", SampleReferences.request(5, "La première référence."));

            assertThatThrownBy(() -> references.create(
                            vendor.knownProvider(), "key-7", SampleReferences.request(2, "Une autre.")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key"));
        }
    }
}
