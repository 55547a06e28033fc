package io.vetted.web.advisor;

import static io.vetted.web.advisor.Ask.quietOffice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the engine combines the rules that fired: which recommendations, which reasons, which search. */
class AdvisorTest {

    private final Advisor advisor = new Advisor();

    @Test
    void aQuietSmallOfficeGetsATechnicianByTheHour() {
        List<Recommendation> advice = advisor.advise(quietOffice().answers());

        assertThat(advice).extracting(Recommendation::code).containsExactly("TECHNICIAN");
        assertThat(advice.get(0).searchUrl()).isEqualTo("/?specialty=HELPDESK&pricing=HOURLY");
    }

    @Test
    void aDetailAloneMakesNoRecommendation() {
        List<Recommendation> advice =
                advisor.advise(quietOffice().regulated("HEALTH").answers());

        assertThat(advice).extracting(Recommendation::code).containsExactly("TECHNICIAN");
    }

    @Test
    void aClinicThatStopsWithoutItGetsAManagedProviderSearchCarryingEveryRequirement() {
        Answers clinic = quietOffice()
                .users(12)
                .needs("SUPPORT", "SECURITY")
                .impact("BLOCKING")
                .when("OFFICE_HOURS", "WEEKENDS")
                .regulated("HEALTH")
                .onSite("69")
                .subcontracting("NO")
                .answers();

        List<Recommendation> advice = advisor.advise(clinic);

        assertThat(advice).extracting(Recommendation::code).containsExactly("MANAGED");
        assertThat(advice.get(0).searchUrl())
                .isEqualTo("/?specialty=HELPDESK&specialty=CYBERSECURITY"
                        + "&afterHours=TWENTY_FOUR_SEVEN&maxCriticalResponse=60&certification=HDS"
                        + "&noSubcontracting=true&mode=ON_SITE&department=69");
        assertThat(advice.get(0).reasons())
                .extracting(Rule::id)
                .containsExactly(
                        "managed-downtime",
                        "managed-fleet",
                        "managed-security-backup",
                        "managed-need-support",
                        "managed-need-security",
                        "managed-around-the-clock",
                        "managed-after-hours",
                        "managed-blocking-response",
                        "managed-health-hds",
                        "managed-no-subcontracting",
                        "managed-on-site");
    }

    @Test
    void oftenRecommendsACombinationInAFixedOrder() {
        List<Recommendation> advice = advisor.advise(
                quietOffice().needs("SUPPORT", "CLOUD").projects("CORE").answers());

        assertThat(advice).extracting(Recommendation::code).containsExactly("IN_HOUSE", "TECHNICIAN", "SAAS");
        assertThat(advice.get(0).searchUrl()).isEqualTo("/?pricing=PROJECT&specialty=SOFTWARE_DEVELOPMENT");
        assertThat(advice.get(2).searchUrl()).isEqualTo("/?specialty=CLOUD_SAAS");
    }

    @Test
    void aStrictlyRegulatedBusinessIsToldToKeepItInHouseAndShownOnlyVerifiedCertifiedProviders() {
        List<Recommendation> advice = advisor.advise(quietOffice()
                .users(30)
                .impact("BLOCKING")
                .strict("YES")
                .regulated("HEALTH", "CARD_PAYMENTS")
                .answers());

        assertThat(advice).extracting(Recommendation::code).containsExactly("IN_HOUSE");
        assertThat(advice.get(0).searchUrl())
                .isEqualTo("/?pricing=PROJECT&verifiedOnly=true&certification=HDS&certification=PCI_DSS");
    }

    @Test
    void everyWayOfAnsweringGetsAtLeastOneRecommendation() {
        for (String impact : Answers.CHOICES.get("impact")) {
            for (String need : Answers.CHOICES.get("needs")) {
                for (String projects : Answers.CHOICES.get("projects")) {
                    for (int size : new int[] {1, 11}) {
                        for (int servers : new int[] {0, 1, 3}) {
                            for (boolean strict : new boolean[] {false, true}) {
                                Ask ask = quietOffice()
                                        .impact(impact)
                                        .needs(need)
                                        .projects(projects)
                                        .users(size)
                                        .servers(servers);
                                if (strict) {
                                    ask.strict("YES").regulated("PERSONAL_DATA");
                                }
                                assertThat(advisor.advise(ask.answers()))
                                        .as("%s", ask.answers())
                                        .isNotEmpty();
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void refusesAConditionOnAQuestionThatDoesNotExist() {
        assertThatThrownBy(() -> Conditions.parse(Map.of("answer", "user", "atLeast", 2)))
                .hasMessageContaining("No question is called user");
    }

    @Test
    void refusesAnUnquotedYesThatYamlReadAsABoolean() {
        assertThatThrownBy(() -> Conditions.parse(Map.of("answer", "strict", "is", true)))
                .hasMessageContaining("strict has no answer true");
    }
}
