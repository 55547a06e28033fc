package io.vetted.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: app}
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                    - name: app
                      image: vetted/app
                      env: [{name: A, value: "1"}, {name: B, value: "2"}]
                      args: [one, two]
            """;

    @TempDir
    Path dir;

    @Test
    void mergesContainersAndEnvByNameAndReplacesOtherLists() throws IOException {
        write("kustomization.yaml", "{resources: [app.yaml], patches: [{path: patch.yaml}]}");
        write("app.yaml", DEPLOYMENT);
        write("patch.yaml", """
                {apiVersion: apps/v1, kind: Deployment, metadata: {name: app}, spec: {template: {spec: {containers:
                  [{name: app, env: [{name: B, value: "3"}, {name: C, value: "4"}], args: [three]}]}}}}
                """);

        var container = Manifests.container(Kustomize.build(dir).get(0));

        assertThat(container.path("image").asText()).isEqualTo("vetted/app");
        assertThat(container.path("env").findValuesAsText("value")).containsExactly("1", "3", "4");
        assertThat(container.path("args")).extracting(JsonNode::asText).containsExactly("three");
    }

    @Test
    void appliesAJsonPatchToEveryObjectOfTheTargetKindAndSetsImagesAndNamespace() throws IOException {
        write("kustomization.yaml", """
                namespace: vetted
                resources: [app.yaml]
                images: [{name: vetted/app, newName: registry.example.com/vetted/app, newTag: "1.0"}]
                patches: [{target: {kind: Deployment}, patch: '[{op: replace, path: /spec/replicas, value: 2}]'}]
                """);
        write("app.yaml", DEPLOYMENT);

        var deployment = Kustomize.build(dir).get(0);

        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(Manifests.container(deployment).path("image").asText())
                .isEqualTo("registry.example.com/vetted/app:1.0");
        assertThat(deployment.path("metadata").path("namespace").asText()).isEqualTo("vetted");
    }

    @Test
    void refusesAJsonPatchReplacingAMissingField() throws IOException {
        write("kustomization.yaml", """
                resources: [app.yaml]
                patches: [{target: {kind: Deployment}, patch: '[{op: replace, path: /spec/paused, value: true}]'}]
                """);
        write("app.yaml", DEPLOYMENT);

        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("/spec/paused does not exist");
    }

    @Test
    void refusesAPatchThatMatchesNoObject() throws IOException {
        write("kustomization.yaml", "{resources: [app.yaml], patches: [{path: patch.yaml}]}");
        write("app.yaml", DEPLOYMENT);
        write("patch.yaml", "{apiVersion: apps/v1, kind: Deployment, metadata: {name: other}}");

        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("matches no object");
    }

    @Test
    void refusesAKustomizationFieldItDoesNotRender() throws IOException {
        write("kustomization.yaml", "{resources: [app.yaml], commonLabels: {team: vetted}}");
        write("app.yaml", DEPLOYMENT);

        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("'commonLabels' is not rendered");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
