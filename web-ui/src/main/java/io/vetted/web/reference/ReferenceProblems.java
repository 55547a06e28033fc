package io.vetted.web.reference;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.web.backend.BackendProblem;
import io.vetted.web.page.FieldErrors;
import io.vetted.web.page.Messages;
import io.vetted.web.page.PageNotFoundException;
import java.util.Map;

/** review-service's refusals as messages next to the fields, or above the form when no field is named. */
final class ReferenceProblems {

    private ReferenceProblems() {}

    static Map<String, String> of(HttpClientResponseException e, Messages messages) {
        BackendProblem problem = BackendProblem.of(e);
        if (problem.status() == 404) {
            throw new PageNotFoundException();
        }
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
            throw e;
        }
        if (problem.status() == 409) {
            return Map.of("form", messages.get("reference.overlap"));
        }
        if (problem.status() == 429) {
            return Map.of("form", messages.get("reference.dailyLimit"));
        }
        Map<String, String> errors = FieldErrors.of(problem, messages);
        return errors.isEmpty() ? Map.of("form", problem.detail()) : errors;
    }
}
