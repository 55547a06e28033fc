package io.vetted.web.advisor;

import static io.vetted.web.advisor.Ask.quietOffice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@code advisor/rules.yml} fires on answers that meet its condition and stays silent on
 * answers that differ only where its condition looks. A new rule without its examples here fails
 * {@link #everyRuleHasItsExamples}.
 */
class AdvisorRulesTest {

    private static final Advisor ADVISOR = new Advisor();

    record Example(Ask fires, List<Ask> misses) {}

    private static Example example(Ask fires, Ask... misses) {
        return new Example(fires, List.of(misses));
    }

    private static final Map<String, Example> EXAMPLES = Map.ofEntries(
            Map.entry(
                    "in-house-innovation",
                    example(quietOffice().projects("CORE"), quietOffice().projects("OCCASIONAL"))),
            Map.entry(
                    "in-house-regulated",
                    example(
                            quietOffice().strict("YES").regulated("HEALTH"),
                            quietOffice().regulated("HEALTH"))),
            Map.entry(
                    "in-house-regulated-health",
                    example(
                            quietOffice().strict("YES").regulated("HEALTH"),
                            quietOffice().strict("YES").regulated("CARD_PAYMENTS"),
                            quietOffice().regulated("HEALTH"))),
            Map.entry(
                    "in-house-regulated-cards",
                    example(
                            quietOffice().strict("YES").regulated("CARD_PAYMENTS"),
                            quietOffice().strict("YES").regulated("HEALTH"),
                            quietOffice().regulated("CARD_PAYMENTS"))),
            Map.entry(
                    "in-house-regulated-personal-data",
                    example(
                            quietOffice().strict("YES").regulated("PERSONAL_DATA"),
                            quietOffice().strict("YES").regulated("HEALTH"),
                            quietOffice().regulated("PERSONAL_DATA"))),
            Map.entry(
                    "in-house-team",
                    example(
                            quietOffice().skills("TEAM").projects("OCCASIONAL"),
                            quietOffice().skills("TEAM"),
                            quietOffice().skills("BASIC").projects("OCCASIONAL"))),
            Map.entry(
                    "managed-downtime",
                    example(
                            quietOffice().impact("SERIOUS"),
                            quietOffice(),
                            quietOffice().impact("SERIOUS").strict("YES").regulated("HEALTH"))),
            Map.entry(
                    "managed-fleet",
                    example(
                            quietOffice().users(11),
                            quietOffice().users(10).workstations(10),
                            quietOffice().users(11).strict("YES").regulated("HEALTH"))),
            Map.entry(
                    "managed-security-backup",
                    example(
                            quietOffice().needs("SECURITY"),
                            quietOffice().needs("SUPPORT", "NETWORK", "CLOUD", "DEVELOPMENT"),
                            quietOffice().needs("BACKUP").strict("YES").regulated("HEALTH"))),
            Map.entry(
                    "managed-need-support",
                    example(quietOffice().needs("SUPPORT"), quietOffice().needs("NETWORK"))),
            Map.entry(
                    "managed-need-network",
                    example(quietOffice().needs("NETWORK"), quietOffice().needs("SUPPORT"))),
            Map.entry(
                    "managed-need-security",
                    example(quietOffice().needs("SECURITY"), quietOffice().needs("BACKUP"))),
            Map.entry(
                    "managed-need-backup",
                    example(quietOffice().needs("BACKUP"), quietOffice().needs("SECURITY"))),
            Map.entry(
                    "managed-around-the-clock",
                    example(
                            quietOffice().impact("BLOCKING").when("WEEKENDS"),
                            quietOffice().impact("BLOCKING").when("EVENINGS"),
                            quietOffice().impact("SERIOUS").when("WEEKENDS"))),
            Map.entry(
                    "managed-after-hours",
                    example(
                            quietOffice().when("OFFICE_HOURS", "EVENINGS"),
                            quietOffice().when("OFFICE_HOURS"))),
            Map.entry(
                    "managed-blocking-response",
                    example(quietOffice().impact("BLOCKING"), quietOffice().impact("SERIOUS"))),
            Map.entry(
                    "managed-serious-response",
                    example(quietOffice().impact("SERIOUS"), quietOffice().impact("BLOCKING"), quietOffice())),
            Map.entry(
                    "managed-health-hds",
                    example(quietOffice().regulated("HEALTH"), quietOffice().regulated("PERSONAL_DATA"))),
            Map.entry(
                    "managed-cards-pci",
                    example(
                            quietOffice().regulated("CARD_PAYMENTS"),
                            quietOffice().regulated("HEALTH"))),
            Map.entry(
                    "managed-personal-data-gdpr",
                    example(
                            quietOffice().regulated("PERSONAL_DATA"),
                            quietOffice().regulated("CARD_PAYMENTS"))),
            Map.entry("managed-no-subcontracting", example(quietOffice().subcontracting("NO"), quietOffice())),
            Map.entry("managed-on-site", example(quietOffice().onSite("69"), quietOffice())),
            Map.entry(
                    "technician-light",
                    example(
                            quietOffice(),
                            quietOffice().users(11),
                            quietOffice().workstations(11),
                            quietOffice().servers(1),
                            quietOffice().impact("SERIOUS"),
                            quietOffice().needs("SUPPORT", "BACKUP"),
                            quietOffice().needs("DEVELOPMENT"),
                            quietOffice().strict("YES").regulated("HEALTH"))),
            Map.entry("technician-on-site", example(quietOffice().onSite("2A"), quietOffice())),
            Map.entry(
                    "saas-cloud",
                    example(quietOffice().needs("CLOUD"), quietOffice().needs("SUPPORT"))),
            Map.entry(
                    "saas-small-servers",
                    example(
                            quietOffice().servers(2).users(20),
                            quietOffice().servers(0),
                            quietOffice().servers(3),
                            quietOffice().servers(1).users(21))),
            Map.entry(
                    "saas-backup",
                    example(
                            quietOffice().needs("BACKUP").users(50),
                            quietOffice().needs("BACKUP").users(51),
                            quietOffice().needs("SUPPORT"))),
            Map.entry(
                    "saas-tight-budget",
                    example(quietOffice().budget(300), quietOffice().budget(301), quietOffice())),
            Map.entry("saas-health-hds", example(quietOffice().regulated("HEALTH"), quietOffice())),
            Map.entry(
                    "project-development",
                    example(
                            quietOffice().needs("DEVELOPMENT"),
                            quietOffice().needs("DEVELOPMENT").projects("CORE"),
                            quietOffice().needs("SUPPORT"))));

    static Stream<String> ruleIds() {
        return ADVISOR.rules().stream().map(Rule::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void eachRuleFiresOnItsConditionAndNotOtherwise(String id) {
        Rule rule = rule(id);
        Example example = EXAMPLES.get(id);

        assertThat(rule.firesOn(example.fires().answers())).as("%s fires", id).isTrue();
        assertThat(example.misses())
                .allSatisfy(miss -> assertThat(rule.firesOn(miss.answers()))
                        .as("%s stays silent", id)
                        .isFalse());
    }

    @Test
    void everyRuleHasItsExamples() {
        assertThat(EXAMPLES.keySet())
                .containsExactlyInAnyOrderElementsOf(ruleIds().toList());
    }

    @Test
    void everyRuleAndRecommendationIsWrittenInFrenchAndEnglish() {
        assertThat(ADVISOR.rules())
                .allSatisfy(rule ->
                        assertThat(rule.reason().complete()).as(rule.id()).isTrue());
        assertThat(ADVISOR.kinds()).allSatisfy(kind -> {
            assertThat(Stream.concat(Stream.of(kind.title(), kind.summary()), kind.points().stream()))
                    .as(kind.code())
                    .allSatisfy(text -> assertThat(text.complete()).isTrue());
            assertThat(kind.title().fr())
                    .as(kind.code())
                    .isNotEqualTo(kind.title().en());
        });
    }

    @Test
    void ruleIdsAreUnique() {
        assertThat(ruleIds().collect(Collectors.toSet()))
                .hasSameSizeAs(ruleIds().toList());
    }

    private static Rule rule(String id) {
        return ADVISOR.rules().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
