package io.vetted.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeploymentPolicyTest {

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void everyServiceHasADeploymentWithItsServiceDisruptionBudgetAndAutoscaler(String directory) {
        var objects = Manifests.render(directory);

        for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler")) {
            assertThat(Manifests.ofKind(objects, kind))
                    .extracting(Manifests::name)
                    .containsExactlyInAnyOrderElementsOf(CallGraph.SERVICES);
        }
        assertThat(Manifests.ofKind(objects, "PodDisruptionBudget"))
                .allSatisfy(
                        pdb -> assertThat(pdb.path("spec").path("minAvailable").asInt())
                                .isEqualTo(1));
        assertThat(Manifests.ofKind(objects, "HorizontalPodAutoscaler")).allSatisfy(hpa -> {
            assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
            assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText())
                    .isEqualTo(Manifests.name(hpa));
        });
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void servicesAndDisruptionBudgetsSelectTheirDeploymentsPods(String directory) {
        var objects = Manifests.render(directory);

        assertThat(Manifests.ofKind(objects, "Deployment")).allSatisfy(deployment -> {
            String name = Manifests.name(deployment);
            JsonNode selector = deployment.path("spec").path("selector");
            JsonNode podLabels =
                    deployment.path("spec").path("template").path("metadata").path("labels");
            assertThat(podLabels.path("app.kubernetes.io/name").asText()).isEqualTo(name);
            assertThat(selector.path("matchLabels")
                            .path("app.kubernetes.io/name")
                            .asText())
                    .isEqualTo(name);
            assertThat(named(objects, "Service", name).path("spec").path("selector"))
                    .isEqualTo(selector.path("matchLabels"));
            assertThat(named(objects, "PodDisruptionBudget", name).path("spec").path("selector"))
                    .isEqualTo(selector);
        });
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void everyDeploymentProbesItsHealthEndpoints(String directory) {
        assertThat(Manifests.ofKind(Manifests.render(directory), "Deployment")).allSatisfy(deployment -> {
            JsonNode container = Manifests.container(deployment);
            assertThat(probePath(container, "startupProbe")).isEqualTo("/health/liveness");
            assertThat(probePath(container, "livenessProbe")).isEqualTo("/health/liveness");
            assertThat(probePath(container, "readinessProbe")).isEqualTo("/health/readiness");
            assertThat(container.path("ports").findValuesAsText("name")).contains("http", "management");
        });
    }

    /** The service reads its management port from MANAGEMENT_PORT: the probes must knock on that one. */
    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void everyDeploymentTellsItsServiceTheManagementPortItsProbesUse(String directory) {
        assertThat(Manifests.ofKind(Manifests.render(directory), "Deployment")).allSatisfy(deployment -> {
            JsonNode container = Manifests.container(deployment);
            assertThat(env(container, "MANAGEMENT_PORT"))
                    .isEqualTo(port(container, "management"))
                    .isNotEqualTo(env(container, "SERVER_PORT"));
        });
    }

    /** Nothing routes to the management port: a Service exposes the public port only. */
    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void noServiceExposesTheManagementPort(String directory) {
        assertThat(Manifests.ofKind(Manifests.render(directory), "Service"))
                .allSatisfy(
                        service -> assertThat(service.path("spec").path("ports").findValuesAsText("targetPort"))
                                .containsOnly("http"));
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void everyDeploymentHasRequestsAndLimits(String directory) {
        assertThat(Manifests.ofKind(Manifests.render(directory), "Deployment")).allSatisfy(deployment -> {
            JsonNode resources = Manifests.container(deployment).path("resources");
            for (String bound : List.of("requests", "limits")) {
                assertThat(resources.path(bound).path("cpu").asText())
                        .as(bound + " cpu")
                        .isNotBlank();
                assertThat(resources.path(bound).path("memory").asText())
                        .as(bound + " memory")
                        .isNotBlank();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void everyDeploymentRunsAsNonRootOnAReadOnlyFileSystemWithoutCapabilities(String directory) {
        assertThat(Manifests.ofKind(Manifests.render(directory), "Deployment")).allSatisfy(deployment -> {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode container = Manifests.container(deployment).path("securityContext");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean())
                    .isTrue();
            assertThat(container.path("readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(container.path("allowPrivilegeEscalation").asBoolean(true))
                    .isFalse();
            assertThat(container.path("capabilities").path("drop"))
                    .extracting(JsonNode::asText)
                    .containsExactly("ALL");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        });
    }

    @Test
    void productionRunsTwoReplicasAtLeast() {
        var objects = Manifests.render("overlays/production");

        assertThat(Manifests.ofKind(objects, "Deployment"))
                .allSatisfy(
                        d -> assertThat(d.path("spec").path("replicas").asInt()).isEqualTo(2));
        assertThat(Manifests.ofKind(objects, "HorizontalPodAutoscaler"))
                .allSatisfy(h ->
                        assertThat(h.path("spec").path("minReplicas").asInt()).isEqualTo(2));
    }

    @Test
    void productionPullsReleasedImagesFromTheRegistry() {
        assertThat(Manifests.ofKind(Manifests.render("overlays/production"), "Deployment"))
                .extracting(d -> Manifests.container(d).path("image").asText())
                .allSatisfy(image -> assertThat(image).matches("registry\\.example\\.com/vetted/[a-z-]+:0\\.1\\.0"));
    }

    private static JsonNode named(List<ObjectNode> objects, String kind, String name) {
        return Manifests.ofKind(objects, kind).stream()
                .filter(object -> Manifests.name(object).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        throw new AssertionError("no " + name + " in " + container.path("name").asText());
    }

    private static String port(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return port.path("containerPort").asText();
            }
        }
        throw new AssertionError(
                "no port " + name + " in " + container.path("name").asText());
    }

    private static String probePath(JsonNode container, String probe) {
        JsonNode get = container.path(probe).path("httpGet");
        assertThat(get.path("port").asText()).as(probe + " port").isEqualTo("management");
        return get.path("path").asText();
    }
}
