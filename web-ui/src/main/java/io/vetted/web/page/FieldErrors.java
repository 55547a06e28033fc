package io.vetted.web.page;

import io.vetted.web.backend.BackendProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a service's field violations into messages next to the form's own fields. */
public final class FieldErrors {

    private FieldErrors() {}

    public static Map<String, String> of(BackendProblem problem, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fieldErrors().forEach((apiField, apiMessage) -> {
            String field = formField(apiField);
            String localized = messages.get("field." + field);
            errors.putIfAbsent(field, localized.startsWith("??") ? apiMessage : localized);
        });
        return errors;
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
