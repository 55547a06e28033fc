package io.vetted.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestSchemaTest {

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void everyRenderedObjectMatchesTheKubernetesSchema(String directory) {
        var objects = Manifests.render(directory);

        assertThat(objects)
                .isNotEmpty()
                .allSatisfy(object -> assertThat(KubernetesSchema.get().problems(object))
                        .as("%s %s", object.path("kind").asText(), Manifests.name(object))
                        .isEmpty());
    }

    @Test
    void refusesADeploymentWithAMisspelledFieldAWrongTypeAndNoTemplate() {
        var broken = Yaml.single(Path.of("src/test/resources/broken-deployment.yaml"));

        assertThat(KubernetesSchema.get().problems(broken))
                .anySatisfy(problem -> assertThat(problem).contains("templates"))
                .anySatisfy(problem -> assertThat(problem).contains("/spec/replicas"))
                .anySatisfy(problem -> assertThat(problem).contains("template"));
    }

    @Test
    void refusesANetworkPolicyWithAnUnknownField() {
        var policy = Yaml.parse("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: typo}
                spec: {podSelector: {}, policyType: [Ingress]}
                """);

        assertThat(KubernetesSchema.get().problems(policy))
                .anySatisfy(problem -> assertThat(problem).contains("policyType"));
    }

    @Test
    void refusesAKindTheSchemaDoesNotKnow() {
        var unknown = Yaml.parse("{apiVersion: apps/v1, kind: Deploymnet, metadata: {name: x}}");

        assertThat(KubernetesSchema.get().problems(unknown))
                .containsExactly("no kind Deploymnet in apps/v1 in the schema");
    }
}
