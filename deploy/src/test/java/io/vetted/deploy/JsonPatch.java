package io.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 6902's {@code replace} and {@code add} on object fields and list indexes: what the overlays use. */
final class JsonPatch {

    private JsonPatch() {}

    static void apply(ObjectNode object, JsonNode operation) {
        String op = operation.path("op").asText();
        String path = operation.path("path").asText();
        if (!op.equals("replace") && !op.equals("add")) {
            throw new IllegalArgumentException("JSON patch operation '" + op + "' is not rendered by this check");
        }
        String[] segments = path.substring(1).split("/", -1);
        JsonNode parent = object;
        for (int i = 0; i < segments.length - 1; i++) {
            parent = child(parent, segments[i]);
            if (parent == null || parent.isMissingNode()) {
                throw new IllegalArgumentException(path + " does not exist in " + Patches.name(object));
            }
        }
        String last = segments[segments.length - 1].replace("~1", "/").replace("~0", "~");
        JsonNode value = operation.get("value").deepCopy();
        if (parent instanceof ObjectNode map) {
            if (op.equals("replace") && !map.has(last)) {
                throw new IllegalArgumentException(path + " does not exist in " + Patches.name(object));
            }
            map.set(last, value);
        } else if (parent instanceof ArrayNode list && op.equals("replace")) {
            list.set(Integer.parseInt(last), value);
        } else if (parent instanceof ArrayNode list) {
            list.insert(last.equals("-") ? list.size() : Integer.parseInt(last), value);
        }
    }

    private static JsonNode child(JsonNode node, String segment) {
        String key = segment.replace("~1", "/").replace("~0", "~");
        return node.isArray() ? node.get(Integer.parseInt(key)) : node.get(key);
    }
}
