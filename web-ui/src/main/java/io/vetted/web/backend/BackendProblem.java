package io.vetted.web.backend;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's problem+json answer, read for display: its status, its detail and, for invalid
 * fields, one message per field (the field names are the API's, which the forms reuse).
 */
public record BackendProblem(int status, String detail, Map<String, String> fieldErrors) {

    @SuppressWarnings("unchecked")
    public static BackendProblem of(HttpClientResponseException error) {
        Map<String, Object> body = error.getResponse().getBody(Map.class).orElse(Map.of());
        Map<String, String> fields = new LinkedHashMap<>();
        Object violations = body.get("violations");
        if (violations instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> violation) {
                    fields.putIfAbsent(
                            String.valueOf(violation.get("field")), String.valueOf(violation.get("message")));
                }
            }
        }
        Object detail = body.getOrDefault(
                "detail", body.getOrDefault("title", error.getStatus().getReason()));
        return new BackendProblem(error.code(), String.valueOf(detail), fields);
    }
}
