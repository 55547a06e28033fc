package io.vetted.web.quote;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.page.Messages;
import java.math.BigDecimal;
import java.util.Map;

/** Numbers typed in the answer form: blank is none, anything else not a number is said next to its field. */
final class Numbers {

    private Numbers() {}

    @Nullable
    static BigDecimal decimal(@Nullable String text, String field, Map<String, String> errors, Messages messages) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()
                    .replace(" ", "")
                    .replace('\u202f', ' ')
                    .replace(" ", "")
                    .replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, messages.get("field." + field));
            return null;
        }
    }

    @Nullable
    static Integer integer(@Nullable String text, String field, Map<String, String> errors, Messages messages) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, messages.get("field." + field));
            return null;
        }
    }
}
