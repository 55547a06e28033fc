package io.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The two kinds of kustomize patch the overlays use. A strategic-merge patch file holds one object
 * and applies to the object of the same kind and name: maps merge, the lists Kubernetes merges by
 * their {@code name} key (containers, env, volumes, volume mounts) merge item by item, and every
 * other list is replaced, as Kubernetes does for lists without a merge strategy (NetworkPolicy
 * rules, Ingress rules and TLS). A JSON patch ({@code replace} and {@code add} only) applies to
 * every object of its target's kind (and name, when given); {@code replace} of a missing path fails.
 */
final class Patches {

    private static final Set<String> MERGED_BY_NAME =
            Set.of("containers", "initContainers", "env", "volumes", "volumeMounts");

    private Patches() {}

    static void apply(Path directory, JsonNode patch, List<ObjectNode> objects) {
        if (patch.has("path")) {
            ObjectNode change = Yaml.single(directory.resolve(patch.get("path").asText()));
            ObjectNode target = objects.stream()
                    .filter(object -> sameObject(object, change))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            directory + ": patch " + patch.get("path").asText() + " matches no object"));
            merge(target, change);
            return;
        }
        JsonNode target = patch.path("target");
        JsonNode operations = parseOperations(patch.path("patch").asText());
        int matched = 0;
        for (ObjectNode object : objects) {
            boolean kind =
                    object.path("kind").asText().equals(target.path("kind").asText());
            if (kind
                    && (!target.has("name")
                            || name(object).equals(target.get("name").asText()))) {
                operations.forEach(operation -> JsonPatch.apply(object, operation));
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(directory + ": patch target " + target + " matches no object");
        }
    }

    static void merge(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode current = target.get(field.getKey());
            JsonNode change = field.getValue();
            if (change.isNull()) {
                target.remove(field.getKey());
            } else if (current instanceof ObjectNode object && change.isObject()) {
                merge(object, (ObjectNode) change);
            } else if (current instanceof ArrayNode list
                    && change.isArray()
                    && MERGED_BY_NAME.contains(field.getKey())) {
                mergeByName(list, (ArrayNode) change);
            } else {
                target.set(field.getKey(), change.deepCopy());
            }
        });
    }

    private static void mergeByName(ArrayNode list, ArrayNode changes) {
        for (JsonNode change : changes) {
            String name = change.path("name").asText();
            JsonNode existing = null;
            for (JsonNode item : list) {
                if (item.path("name").asText().equals(name)) {
                    existing = item;
                }
            }
            if (existing instanceof ObjectNode item) {
                merge(item, (ObjectNode) change);
            } else {
                list.add(change.deepCopy());
            }
        }
    }

    private static JsonNode parseOperations(String yaml) {
        try {
            return Yaml.MAPPER.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("Unreadable JSON patch: " + yaml, e);
        }
    }

    private static boolean sameObject(ObjectNode object, ObjectNode change) {
        return object.path("kind").asText().equals(change.path("kind").asText())
                && name(object).equals(name(change));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
