package io.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The two kinds of kustomize patch the manifests use, from a file ({@code path}) or inline
 * ({@code patch}), applied to every object of the {@code target}'s kind (and name, when given). A
 * strategic-merge patch (one object; without a target, it applies to the object of its own kind
 * and name): maps merge, the lists Kubernetes merges by
 * their {@code name} key (containers, env, volumes, volume mounts) merge item by item, and every
 * other list is replaced, as Kubernetes does for lists without a merge strategy (NetworkPolicy
 * rules, Ingress rules and TLS). A JSON patch (a list of {@code replace} and {@code add}
 * operations); {@code replace} of a missing path fails.
 */
final class Patches {

    private static final Set<String> MERGED_BY_NAME =
            Set.of("containers", "initContainers", "env", "volumes", "volumeMounts");

    private Patches() {}

    static void apply(Path directory, JsonNode entry, List<ObjectNode> objects) {
        JsonNode body = entry.has("path")
                ? Yaml.tree(directory.resolve(entry.get("path").asText()))
                : Yaml.parse(entry.path("patch").asText());
        JsonNode target = entry.has("target") ? entry.get("target") : body;
        int matched = 0;
        for (ObjectNode object : objects) {
            if (matches(object, target)) {
                if (body.isArray()) {
                    body.forEach(operation -> JsonPatch.apply(object, operation));
                } else {
                    merge(object, (ObjectNode) body);
                }
                matched++;
            }
        }
        if (matched == 0) {
            throw new IllegalArgumentException(directory + ": patch " + entry + " matches no object");
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

    /** A target selects by kind and, when it names one, by name; a strategic-merge patch is its own target. */
    private static boolean matches(ObjectNode object, JsonNode target) {
        String name =
                target.has("metadata") ? name(target) : target.path("name").asText();
        return object.path("kind").asText().equals(target.path("kind").asText())
                && (name.isEmpty() || name(object).equals(name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
