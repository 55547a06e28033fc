package io.vetted.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;

/** Assertions on RFC 7807 problem+json answers. */
public final class Problems {

    private Problems() {}

    /** The error is a problem+json answer with {@code status} whose violations name {@code field}. */
    @SuppressWarnings("unchecked")
    public static void assertViolation(Throwable error, HttpStatus status, String field) {
        Map<String, Object> problem = assertProblem(error, status);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) problem.get("violations");
        assertThat(violations)
                .as("violations of %s", problem)
                .isNotNull()
                .anySatisfy(v -> assertThat((Object) v.get("field")).isEqualTo(field));
    }

    /** The error is a problem+json answer with {@code status}; returns its members. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> assertProblem(Throwable error, HttpStatus status) {
        assertThat(error).isInstanceOf(HttpClientResponseException.class);
        var response = ((HttpClientResponseException) error).getResponse();
        assertThat(response.code()).as("status").isEqualTo(status.getCode());
        assertThat(response.getContentType().map(Object::toString)).contains("application/problem+json");
        Map<String, Object> body = response.getBody(Map.class).orElseThrow();
        assertThat(body.get("status")).isEqualTo(status.getCode());
        return body;
    }
}
