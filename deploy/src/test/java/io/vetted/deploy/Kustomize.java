package io.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization directory as {@code kustomize build} would, for the few fields the
 * manifests under deploy/k8s use: no kustomize binary can be installed here, and no Java
 * implementation of it exists. A kustomization using any other field is refused, so the
 * manifests cannot silently outgrow what this renders: {@code resources} (files and directories),
 * {@code namespace}, {@code images} (name, newName, newTag) and {@code patches} (strategic-merge
 * or JSON patches, from a file or inline; see {@link Patches}).
 */
final class Kustomize {

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");

    private Kustomize() {}

    static List<ObjectNode> build(Path directory) {
        ObjectNode kustomization = Yaml.single(directory.resolve("kustomization.yaml"));
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(directory + ": kustomization field '" + field
                        + "' is not rendered by this check; supported: " + SUPPORTED);
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : Yaml.documents(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            Patches.apply(directory, patch, objects);
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(object -> setImage(object, image));
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.forEach(object -> ((ObjectNode) object.get("metadata")).put("namespace", namespace));
        }
        return objects;
    }

    private static void setImage(ObjectNode object, JsonNode image) {
        for (JsonNode container :
                object.path("spec").path("template").path("spec").path("containers")) {
            String current = container.path("image").asText();
            int tagAt = current.lastIndexOf(':') > current.lastIndexOf('/') ? current.lastIndexOf(':') : -1;
            String name = tagAt < 0 ? current : current.substring(0, tagAt);
            if (name.equals(image.path("name").asText())) {
                String newName = image.path("newName").asText(name);
                String tag = image.hasNonNull("newTag")
                        ? ":" + image.get("newTag").asText()
                        : tagAt < 0 ? "" : current.substring(tagAt);
                ((ObjectNode) container).put("image", newName + tag);
            }
        }
    }
}
