package io.vetted.web.provider;

import io.vetted.web.backend.BackendProblem;
import io.vetted.web.page.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A service's field violations as messages next to the form's own fields: {@code languages[1]}
 * belongs to the {@code languages} field; each message comes from {@code edit.error.<field>}.
 */
final class FormErrors {

    private FormErrors() {}

    static Map<String, String> of(BackendProblem problem, Messages messages, UnaryOperator<String> formField) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fieldErrors().forEach((apiField, apiMessage) -> {
            String field = formField.apply(apiField.replaceAll("\\[\\d+]$", "").replaceFirst("^[a-zA-Z]+\\.", ""));
            String localized = messages.get("edit.error." + field);
            errors.putIfAbsent(field, localized.startsWith("??") ? messages.get("edit.error.generic") : localized);
        });
        if (errors.isEmpty()) {
            errors.put("form", messages.get("edit.error.generic"));
        }
        return errors;
    }
}
