package io.vetted.web.account;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.page.FieldErrors;
import io.vetted.web.page.Messages;
import java.util.LinkedHashMap;
import java.util.Map;

/** identity-service's refusals as messages beside the form's fields, or above it. */
final class BackendErrors {

    private BackendErrors() {}

    static Map<String, String> of(HttpClientResponseException error, Messages messages) {
        BackendProblem problem = BackendProblem.of(error);
        if (problem.status() >= 500) {
            throw error;
        }
        if (problem.status() == 429) {
            return Map.of("form", messages.get("account.throttled", retryMinutes(error)));
        }
        Map<String, String> errors = new LinkedHashMap<>(FieldErrors.of(problem, messages));
        if (errors.isEmpty()) {
            errors.put(
                    "form",
                    problem.status() == 400 || problem.status() == 422
                            ? messages.get("account.invalid")
                            : problem.detail());
        }
        return errors;
    }

    static long retryMinutes(HttpClientResponseException error) {
        try {
            long seconds = Long.parseLong(error.getResponse().header("Retry-After"));
            return Math.max(1, (seconds + 59) / 60);
        } catch (NumberFormatException | NullPointerException e) {
            return 15;
        }
    }
}
