package io.vetted.web.page;

import io.vetted.web.backend.BackendProblem;
import java.util.Locale;
import java.util.Map;

/**
 * What a service said when it refused, as the visitor can read it. The services explain in
 * English, for developers: the English site passes their detail on, the French one says in
 * French what the status means ({@code refusal.<status>}), and a field's own message
 * ({@code field.<name>}) replaces the service's wording, so no English reaches the French site.
 */
public final class Relayed {

    private Relayed() {}

    public static String refusal(BackendProblem problem, Messages messages) {
        if (!problem.fieldErrors().isEmpty()) {
            return String.join(
                    " ",
                    problem.fieldErrors().keySet().stream()
                            .map(field -> fieldMessage(field, problem.fieldErrors(), messages))
                            .distinct()
                            .toList());
        }
        if (Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage())) {
            return problem.detail();
        }
        return messages.find("refusal." + problem.status()).orElseGet(() -> messages.get("refusal.other"));
    }

    private static String fieldMessage(String field, Map<String, String> serviceMessages, Messages messages) {
        String name = FormErrors.formField(field);
        for (String key = name; !key.isEmpty(); key = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "") {
            var message = messages.find("field." + key);
            if (message.isPresent()) {
                return message.get();
            }
        }
        return Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage())
                ? field + " " + serviceMessages.get(field)
                : messages.get("field.generic");
    }
}
