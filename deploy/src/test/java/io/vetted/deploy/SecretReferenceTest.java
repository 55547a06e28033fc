package io.vetted.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretReferenceTest {

    @Test
    void noManifestInTheRepositoryCarriesSecretData() throws IOException {
        try (Stream<Path> files = Files.walk(Manifests.ROOT)) {
            List<JsonNode> documents = files.filter(file -> file.toString().endsWith(".yaml"))
                    .flatMap(file -> Yaml.nodes(file).stream())
                    .toList();

            assertThat(documents)
                    .isNotEmpty()
                    .noneSatisfy(document ->
                            assertThat(document.path("kind").asText()).isEqualTo("Secret"));
            assertThat(documents)
                    .allSatisfy(document ->
                            assertThat(document.findValues("stringData")).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void secretSettingsComeFromSecretKeyRefsOnly(String directory) {
        assertThat(env(directory))
                .filteredOn(
                        variable -> variable.path("name").asText().matches(".*(PASSWORD|SECRET|KEY|USERNAME|USER).*"))
                .isNotEmpty()
                .allSatisfy(variable -> assertThat(variable.path("valueFrom").has("secretKeyRef"))
                        .as(variable.path("name").asText())
                        .isTrue());
        assertThat(Manifests.ofKind(Manifests.render(directory), "Deployment"))
                .allSatisfy(deployment ->
                        assertThat(deployment.findValues("secretRef")).isEmpty());
    }

    @Test
    void webUiIsGivenOnlyItsOwnSecrets() {
        var webUi = Manifests.ofKind(Manifests.render("overlays/production"), "Deployment").stream()
                .filter(deployment -> Manifests.name(deployment).equals("web-ui"))
                .findFirst()
                .orElseThrow();

        assertThat(webUi.findValues("secretKeyRef"))
                .isNotEmpty()
                .allSatisfy(ref -> assertThat(ref.path("name").asText()).startsWith("web-ui-"));
    }

    @ParameterizedTest
    @MethodSource("io.vetted.deploy.Manifests#directories")
    void everyConfigMapKeyReferencedExists(String directory) {
        var objects = Manifests.render(directory);
        var configMaps = Manifests.ofKind(objects, "ConfigMap");

        assertThat(Manifests.ofKind(objects, "Deployment").stream()
                        .flatMap(d -> d.findValues("configMapKeyRef").stream()))
                .isNotEmpty()
                .allSatisfy(ref -> assertThat(configMaps).anySatisfy(map -> {
                    assertThat(Manifests.name(map)).isEqualTo(ref.path("name").asText());
                    assertThat(map.path("data").has(ref.path("key").asText())).isTrue();
                }));
    }

    @Test
    void theOperatorsGuideNamesEverySecretAndKeyTheManifestsReference() throws IOException {
        String guide = Files.readString(Manifests.ROOT.resolve("README.md"));

        assertThat(env("overlays/production"))
                .extracting(variable -> variable.path("valueFrom").path("secretKeyRef"))
                .filteredOn(ref -> !ref.isMissingNode())
                .allSatisfy(ref -> assertThat(guide)
                        .contains("`" + ref.path("name").asText() + "`")
                        .contains("`" + ref.path("key").asText() + "`"));
    }

    private static List<JsonNode> env(String directory) {
        return Manifests.ofKind(Manifests.render(directory), "Deployment").stream()
                .flatMap(deployment -> Manifests.container(deployment).path("env").findParents("name").stream())
                .toList();
    }
}
