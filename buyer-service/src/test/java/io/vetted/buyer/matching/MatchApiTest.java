package io.vetted.buyer.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.buyer.requirements.AfterHours;
import io.vetted.buyer.requirements.Certification;
import io.vetted.buyer.requirements.CertificationLevel;
import io.vetted.buyer.requirements.RequirementsRequest;
import io.vetted.buyer.requirements.RequirementsRequest.RequiredCertification;
import io.vetted.buyer.requirements.Specialty;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each saved requirement becomes a match line with the provider's own figure; the best fit comes first. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchApiTest implements MatchTest {

    final FakeMatchVendor vendor = new FakeMatchVendor();

    @Inject
    MatchClient matches;

    @Inject
    NeedsClient needs;

    @Override
    public FakeMatchVendor vendor() {
        return vendor;
    }

    @BeforeAll
    void publish() {
        vendor.publish(new FakeMatchVendor.Provider(
                UUID.randomUUID(),
                "Charlie Tech",
                List.of("SOFTWARE_DEVELOPMENT"),
                List.of(),
                List.of(),
                "NONE",
                600,
                Map.of(),
                true,
                null));
        vendor.publish(new FakeMatchVendor.Provider(
                UUID.randomUUID(),
                "Bravo Services",
                List.of("HELPDESK"),
                List.of("84"),
                List.of(),
                "ON_CALL",
                240,
                Map.of("ISO_27001", "SELF_DECLARED"),
                null,
                new BigDecimal("900")));
        vendor.publish(new FakeMatchVendor.Provider(
                UUID.randomUUID(),
                "Alpha Infogérance",
                List.of("HELPDESK", "NETWORKS"),
                List.of(),
                List.of("69"),
                "TWENTY_FOUR_SEVEN",
                60,
                Map.of("ISO_27001", "VERIFIED", "HDS", "SELF_DECLARED"),
                false,
                new BigDecimal("700")));
    }

    @Test
    void aProviderMeetingEveryRequirementHasAllLinesMetAndComesFirst() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            needs.save(everything());

            var found = matches.matches();

            assertThat(found.requirementsSaved()).isTrue();
            assertThat(found.matches())
                    .extracting(MatchesResponse.Match::name, MatchesResponse.Match::rank)
                    .containsExactly(
                            tuple("Alpha Infogérance", 1), tuple("Bravo Services", 2), tuple("Charlie Tech", 3));
            var best = found.matches().get(0);
            assertThat(best.lines()).hasSize(8).allMatch(l -> l.verdict() == Verdict.MEETS);
            assertThat(best.cost().monthlyEur()).isEqualByComparingTo("700");
            assertThat(best.cost().yearlyEur()).isEqualByComparingTo("8400");
        }
    }

    @Test
    void aPartialFitShowsTheProvidersActualFigurePerRequirement() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            needs.save(everything());

            var bravo = matches.matches().matches().get(1);

            assertThat(bravo.lines())
                    .extracting(
                            l -> l.requirement() + (l.subject() == null ? "" : ":" + l.subject()),
                            MatchesResponse.MatchLine::verdict,
                            MatchesResponse.MatchLine::required,
                            MatchesResponse.MatchLine::actual)
                    .containsExactly(
                            tuple("SPECIALTIES", Verdict.PARTLY, "HELPDESK,NETWORKS", "HELPDESK"),
                            // on site in the whole region 84, which includes the Rhône (69)
                            tuple("ON_SITE", Verdict.MEETS, "69", "69"),
                            tuple("AFTER_HOURS", Verdict.PARTLY, "TWENTY_FOUR_SEVEN", "ON_CALL"),
                            tuple("CRITICAL_RESPONSE", Verdict.PARTLY, "120", "240"),
                            tuple("CERTIFICATION:ISO_27001", Verdict.PARTLY, "VERIFIED_ONLY", "SELF_DECLARED"),
                            tuple("CERTIFICATION:HDS", Verdict.DOES_NOT, "DECLARED_ACCEPTABLE", null),
                            tuple("BUDGET", Verdict.PARTLY, "800.00", "900"),
                            tuple("SUBCONTRACTING", Verdict.PARTLY, "NONE", null));
            assertThat(bravo.score()).isEqualTo(new MatchesResponse.Score(1, 6, 1));
        }
    }

    @Test
    void aProviderOutsideTheRequirementsDoesNotMeetThemAndHasNoPublicTotal() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            needs.save(everything());

            var charlie = matches.matches().matches().get(2);

            assertThat(charlie.score()).isEqualTo(new MatchesResponse.Score(0, 1, 7));
            assertThat(charlie.lines())
                    .filteredOn(l -> l.requirement().equals("CRITICAL_RESPONSE"))
                    .extracting(MatchesResponse.MatchLine::actual)
                    .containsExactly("600");
            assertThat(charlie.cost().kind()).isEqualTo("QUOTE_ONLY");
            assertThat(charlie.cost().monthlyEur()).isNull();
        }
    }

    @Test
    void asksVendorServiceWithFiltersAndTheFleetFromTheRequirements() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            needs.save(everything());
            vendor.queries.clear();

            var found = matches.matches();

            assertThat(vendor.queries)
                    .anyMatch(q -> q.startsWith("/api/providers?")
                            && q.contains("specialty=HELPDESK")
                            && q.contains("department=69"))
                    .anyMatch(q -> q.startsWith("/api/providers?") && q.contains("specialty=NETWORKS"))
                    .anyMatch(q -> q.startsWith("/api/estimates?")
                            && q.contains("users=10")
                            && q.contains("workstations=12")
                            && q.contains("hours=3")
                            && q.contains("interventions=1"));
            assertThat(found.assumptions()).isEqualTo(new MatchesResponse.Assumptions(10, 12, 2, 3, 1));
        }
    }

    @Test
    void anAccountSeesMatchesForItsOwnRequirementsOnly() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            needs.save(everything());
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            var none = matches.matches();
            assertThat(none.requirementsSaved()).isFalse();
            assertThat(none.matches()).isEmpty();

            needs.save(new RequirementsRequest(
                    new RequirementsRequest.Fleet(3, 3, 0),
                    null,
                    List.of(Specialty.SOFTWARE_DEVELOPMENT),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            var own = matches.matches();
            assertThat(own.assumptions().users()).isEqualTo(3);
            assertThat(own.matches().get(0).name()).isEqualTo("Charlie Tech");
            assertThat(own.matches().get(0).lines()).hasSize(1);
        }
    }

    @Test
    void aProviderAccountIsRefused() {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> matches.matches())
                    .isInstanceOf(HttpClientResponseException.class)
                    .extracting(e -> ((HttpClientResponseException) e).getStatus())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    static RequirementsRequest everything() {
        return new RequirementsRequest(
                new RequirementsRequest.Fleet(10, 12, 2),
                List.of("69"),
                List.of(Specialty.HELPDESK, Specialty.NETWORKS),
                AfterHours.TWENTY_FOUR_SEVEN,
                120,
                List.of(
                        new RequiredCertification(Certification.ISO_27001, CertificationLevel.VERIFIED_ONLY),
                        new RequiredCertification(Certification.HDS, CertificationLevel.DECLARED_ACCEPTABLE)),
                new BigDecimal("800.00"),
                false,
                null);
    }
}
