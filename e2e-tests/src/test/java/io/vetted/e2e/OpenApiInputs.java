package io.vetted.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What each operation of a service's OpenAPI document reads from the client: its query parameters
 * and the properties of its request body, with their types, so that a test can put hostile text
 * into every one of them.
 */
final class OpenApiInputs {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiInputs() {}

    /**
     * One operation's inputs. {@code bodyType} is {@code application/json},
     * {@code application/x-www-form-urlencoded} or null; {@code properties} maps each body property
     * to its OpenAPI type ({@code string}, {@code integer}, {@code array}...).
     */
    record Operation(
            AuthorizationMatrix.Endpoint endpoint,
            List<String> queryParameters,
            String bodyType,
            Map<String, String> properties) {}

    @SuppressWarnings("unchecked")
    static List<Operation> of(String service, Map<String, Object> document) {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, byMethod) -> byMethod.forEach((method, raw) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) raw;
            List<String> query = new ArrayList<>();
            for (Object parameter : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> p = (Map<String, Object>) parameter;
                if ("query".equals(p.get("in"))) {
                    query.add((String) p.get("name"));
                }
            }
            String bodyType = null;
            Map<String, String> properties = new LinkedHashMap<>();
            if (operation.get("requestBody") instanceof Map<?, ?> body
                    && body.get("content") instanceof Map<?, ?> content
                    && !content.isEmpty()) {
                bodyType = (String) content.keySet().iterator().next();
                Object schema = ((Map<String, Object>) content.get(bodyType)).get("schema");
                properties.putAll(properties(document, schema));
            }
            operations.add(new Operation(
                    new AuthorizationMatrix.Endpoint(service, method.toUpperCase(Locale.ROOT), path),
                    query,
                    bodyType,
                    properties));
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> properties(Map<String, Object> document, Object schema) {
        Map<String, Object> resolved = resolve(document, schema);
        Map<String, String> properties = new LinkedHashMap<>();
        if (resolved == null) {
            return properties;
        }
        for (Object part : (List<Object>) resolved.getOrDefault("allOf", List.of())) {
            properties.putAll(properties(document, part));
        }
        Map<String, Object> declared = (Map<String, Object>) resolved.getOrDefault("properties", Map.of());
        declared.forEach((name, property) -> {
            Map<String, Object> type = resolve(document, property);
            properties.put(name, type == null ? "object" : String.valueOf(type.getOrDefault("type", "object")));
        });
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> document, Object schema) {
        if (!(schema instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> map = (Map<String, Object>) schema;
        if (map.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
            Map<String, Object> components = (Map<String, Object>) document.get("components");
            Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
            return resolve(document, schemas.get(ref.substring("#/components/schemas/".length())));
        }
        return map;
    }
}
