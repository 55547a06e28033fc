package io.vetted.web.page;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.vetted.web.backend.BackendProblem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A service's refusal (problem+json) as the messages a form shows: each invalid field's message
 * next to that field, a refusal that names no field as one message above the form ({@link #FORM}).
 * A field's message is {@code field.<name>} in the bundles, else that of its parent
 * ({@code field.criteria} for {@code criteria.BILLING}), else {@code field.generic}. Server errors
 * are not the form's business: they are rethrown for the error page, as are the statuses a caller
 * {@link #propagate propagates}.
 *
 * <pre>{@code
 * Map<String, String> errors = FormErrors.of(e, messages)
 *         .propagate(404)
 *         .on(409, FormErrors.FORM, "contact.alreadyAsked")
 *         .map();
 * }</pre>
 */
public final class FormErrors {

    public static final String FORM = "form";

    private final HttpClientResponseException error;
    private final BackendProblem problem;
    private final Messages messages;
    private final Set<Integer> propagated = new HashSet<>();
    private final Map<Integer, Map<String, String>> answers = new HashMap<>();
    private UnaryOperator<String> fieldNames = UnaryOperator.identity();
    private String otherwise;

    private FormErrors(HttpClientResponseException error, Messages messages) {
        this.error = error;
        this.problem = BackendProblem.of(error);
        this.messages = messages;
    }

    public static FormErrors of(HttpClientResponseException error, Messages messages) {
        return new FormErrors(error, messages);
    }

    /** Refusals with these statuses go on to the error pages, like server errors. */
    public FormErrors propagate(int... statuses) {
        for (int status : statuses) {
            propagated.add(status);
        }
        return this;
    }

    /** A refusal with {@code status} shows the message {@code key} on {@code field} instead. */
    public FormErrors on(int status, String field, String key, Object... args) {
        answers.put(status, Map.of(field, messages.get(key, args)));
        return this;
    }

    /** Renames the service's fields (after {@link #formField}) to this form's. */
    public FormErrors fields(UnaryOperator<String> formField) {
        this.fieldNames = formField;
        return this;
    }

    /**
     * The message above the form when the service found the request invalid (400, 422) without
     * naming a field; any other refusal without a field shows the service's own detail.
     */
    public FormErrors otherwise(String key) {
        this.otherwise = key;
        return this;
    }

    public int status() {
        return problem.status();
    }

    /**
     * @throws HttpClientResponseException the refusal itself, for a server error or a propagated status
     */
    public Map<String, String> map() {
        if (problem.status() >= 500 || propagated.contains(problem.status())) {
            throw error;
        }
        if (answers.containsKey(problem.status())) {
            return answers.get(problem.status());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fieldErrors().keySet().forEach(apiField -> {
            String field = fieldNames.apply(formField(apiField));
            errors.putIfAbsent(field, message(field));
        });
        if (errors.isEmpty()) {
            boolean invalid = problem.status() == 400 || problem.status() == 422;
            errors.put(
                    FORM, otherwise != null && invalid ? messages.get(otherwise) : Relayed.refusal(problem, messages));
        }
        return errors;
    }

    private String message(String field) {
        for (String name = field; !name.isEmpty(); name = parent(name)) {
            var message = messages.find("field." + name);
            if (message.isPresent()) {
                return message.get();
            }
        }
        return messages.get("field.generic");
    }

    private static String parent(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** {@code offers[0].title} is the form's {@code offerTitle}; {@code specialties[2]} is {@code specialties}. */
    static String formField(String apiField) {
        String field = apiField.replaceFirst("^offers\\[\\d+]\\.", "offer.").replaceAll("\\[\\d+]$", "");
        return switch (field) {
            case "offer.title" -> "offerTitle";
            case "offer.pricingModel" -> "pricingModel";
            case "offer.priceEur" -> "priceEur";
            default -> field;
        };
    }
}
