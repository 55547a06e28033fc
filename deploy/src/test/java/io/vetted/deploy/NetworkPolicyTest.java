package io.vetted.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkPolicyTest {

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void deniesEveryConnectionByDefault(String directory) {
        assertThat(policies(directory)).anySatisfy(policy -> {
            JsonNode spec = policy.path("spec");
            assertThat(spec.path("podSelector").isEmpty()).isTrue();
            assertThat(spec.path("policyTypes"))
                    .extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(spec.has("ingress") || spec.has("egress")).isFalse();
        });
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void admitsExactlyTheCallsTheServicesMake(String directory) {
        Set<String> admitted = new TreeSet<>();
        Set<String> released = new TreeSet<>();
        for (ObjectNode policy : policies(directory)) {
            String selected = selectedService(policy);
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                peers(rule.path("from")).forEach(caller -> admitted.add(caller + " -> " + selected));
            }
            for (JsonNode rule : policy.path("spec").path("egress")) {
                peers(rule.path("to")).forEach(callee -> released.add(selected + " -> " + callee));
            }
        }

        assertThat(admitted).as("ingress rules").isEqualTo(CallGraph.calls());
        assertThat(released).as("egress rules").isEqualTo(CallGraph.calls());
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void letsOnlyTheServicesWithADatabaseReachPostgres(String directory) {
        List<ObjectNode> toPostgres = policies(directory).stream()
                .filter(policy -> policy.path("spec").path("egress").findValues("port").stream()
                        .anyMatch(port -> port.asInt() == 5432))
                .toList();

        assertThat(toPostgres).singleElement().satisfies(policy -> {
            JsonNode selector = policy.path("spec")
                    .path("podSelector")
                    .path("matchExpressions")
                    .path(0);
            assertThat(selector.path("values"))
                    .extracting(JsonNode::asText)
                    .containsExactlyInAnyOrderElementsOf(CallGraph.withDatabase());
            assertThat(policy.path("spec").path("egress").findValues("port"))
                    .extracting(JsonNode::asInt)
                    .containsOnly(5432);
        });
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void letsVisitorsInThroughTheIngressToWebUiOnly(String directory) {
        var objects = Manifests.render(directory);
        List<ObjectNode> fromOutside = policies(directory).stream()
                .filter(policy -> !policy.path("spec")
                        .path("ingress")
                        .findValues("namespaceSelector")
                        .isEmpty())
                .toList();

        assertThat(fromOutside)
                .singleElement()
                .satisfies(policy -> assertThat(selectedService(policy)).isEqualTo("web-ui"));
        assertThat(Manifests.ofKind(objects, "Ingress"))
                .singleElement()
                .satisfies(
                        ingress -> assertThat(ingress.findValuesAsText("name")).containsOnly("web-ui", "http"));
    }

    /** Health, metrics and the API document stay between a pod and its kubelet. */
    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void admitsNobodyToAManagementPort(String directory) {
        var objects = Manifests.render(directory);
        Set<Integer> management = new TreeSet<>();
        Manifests.ofKind(objects, "Deployment").forEach(deployment -> {
            for (JsonNode port : Manifests.container(deployment).path("ports")) {
                if (port.path("name").asText().equals("management")) {
                    management.add(port.path("containerPort").asInt());
                }
            }
        });
        Set<String> admitted = new TreeSet<>();
        for (ObjectNode policy : policies(directory)) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (rule.path("ports").isMissingNode() || rule.path("ports").isEmpty()) {
                    admitted.add(selectedService(policy) + " on every port");
                }
                rule.path("ports").findValuesAsText("port").forEach(port -> admitted.add(port));
            }
        }

        assertThat(management).hasSize(CallGraph.SERVICES.size());
        assertThat(admitted)
                .isNotEmpty()
                .doesNotContainAnyElementsOf(
                        management.stream().map(String::valueOf).toList());
        assertThat(admitted).noneMatch(rule -> rule.endsWith("on every port"));
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void letsEveryPodResolveNames(String directory) {
        assertThat(policies(directory)).anySatisfy(policy -> {
            assertThat(policy.path("spec").path("podSelector").isEmpty()).isTrue();
            assertThat(policy.path("spec").path("egress").findValues("port"))
                    .extracting(JsonNode::asInt)
                    .containsOnly(53);
        });
    }

    private static List<ObjectNode> policies(String directory) {
        return Manifests.ofKind(Manifests.render(directory), "NetworkPolicy");
    }

    private static String selectedService(JsonNode policy) {
        return policy.path("spec")
                .path("podSelector")
                .path("matchLabels")
                .path("app.kubernetes.io/name")
                .asText();
    }

    private static List<String> peers(JsonNode peers) {
        return peers.findValues("podSelector").stream()
                .map(selector -> selector.path("matchLabels")
                        .path("app.kubernetes.io/name")
                        .asText())
                .filter(name -> !name.isEmpty())
                .toList();
    }
}
