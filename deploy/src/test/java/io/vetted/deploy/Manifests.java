package io.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The kustomize directories under deploy/k8s, rendered, and lookups the policy tests share. */
final class Manifests {

    static final Path ROOT = Path.of("k8s");

    private Manifests() {}

    /** What an operator applies: the base alone and each overlay. */
    static Stream<String> directories() {
        return Stream.of("base", "overlays/local", "overlays/production");
    }

    static List<ObjectNode> render(String directory) {
        return Kustomize.build(ROOT.resolve(directory));
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind))
                .toList();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static JsonNode container(JsonNode deployment) {
        return deployment
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .path(0);
    }
}
