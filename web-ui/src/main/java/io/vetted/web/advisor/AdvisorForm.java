package io.vetted.web.advisor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.value.ConvertibleMultiValues;
import io.vetted.web.page.Amounts;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The questionnaire as the query string holds it: the values typed or ticked (kept to show them
 * again), and for each field in error the key of its message ({@code advisor.error.<field>}).
 */
public record AdvisorForm(Map<String, List<String>> values, Map<String, String> errors) {

    /** Every field of the form, in the order of the page (and of the error summary). */
    public static final List<String> FIELDS = List.of(
            "users",
            "workstations",
            "servers",
            "needs",
            "impact",
            "when",
            "regulated",
            "strict",
            "projects",
            "skills",
            "onSite",
            "department",
            "subcontracting",
            "budget");

    private static final Pattern DEPARTMENT = Pattern.compile("\\d{2}|2[AB]|97\\d");
    private static final Map<String, Integer> LIMITS = Map.of("users", 5000, "workstations", 10000, "servers", 1000);

    static AdvisorForm of(ConvertibleMultiValues<String> params) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<String> given = params.getAll(field).stream()
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .map(v -> v.length() > 40 ? v.substring(0, 40) : v)
                    .distinct()
                    .limit(8)
                    .toList();
            values.put(field, given);
        }
        return new AdvisorForm(values, validate(values));
    }

    /** The answers of a query string, when they are valid (the requirements page starts from them). */
    public static Optional<Answers> answersOf(ConvertibleMultiValues<String> params) {
        AdvisorForm form = of(params);
        return form.valid() ? Optional.of(form.answers()) : Optional.empty();
    }

    private static Map<String, String> validate(Map<String, List<String>> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        LIMITS.forEach((field, max) -> {
            Integer n = whole(first(values, field));
            if (n == null || n < (field.equals("users") ? 1 : 0) || n > max) {
                errors.put(field, "advisor.error." + field);
            }
        });
        Answers.CHOICES.forEach((field, allowed) -> {
            List<String> given = values.get(field);
            boolean optional = field.equals("regulated");
            boolean single = !List.of("needs", "when", "regulated").contains(field);
            if ((given.isEmpty() && !optional) || (single && given.size() > 1) || !allowed.containsAll(given)) {
                errors.put(field, "advisor.error." + field);
            }
        });
        if ("YES".equals(first(values, "strict")) && values.get("regulated").isEmpty()) {
            errors.put("strict", "advisor.error.strictWithoutData");
        }
        String department = first(values, "department");
        if ("YES".equals(first(values, "onSite"))
                && (department == null
                        || !DEPARTMENT
                                .matcher(department.toUpperCase(java.util.Locale.ROOT))
                                .matches())) {
            errors.put("department", "advisor.error.department");
        }
        String budget = first(values, "budget");
        if (budget != null && budget(budget) == null) {
            errors.put("budget", "advisor.error.budget");
        }
        // shown in the order of the page, as the error summary lists them
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        return ordered;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The answers, for a valid form only. */
    Answers answers() {
        boolean onSite = "YES".equals(text("onSite"));
        return new Answers(
                whole(text("users")),
                whole(text("workstations")),
                whole(text("servers")),
                values.get("needs"),
                text("impact"),
                values.get("when"),
                values.get("regulated"),
                text("strict"),
                text("projects"),
                text("skills"),
                text("onSite"),
                onSite ? text("department").toUpperCase(java.util.Locale.ROOT) : null,
                text("subcontracting"),
                text("budget").isEmpty() ? null : budget(text("budget")));
    }

    /** The value of a field as typed, or "" (for the inputs). */
    public String text(String field) {
        String value = first(values, field);
        return value == null ? "" : value;
    }

    public boolean checked(String field, String value) {
        return values.getOrDefault(field, List.of()).contains(value);
    }

    /** The answers as a query string, to change them on the questionnaire or come back to this result. */
    public String query() {
        List<String> parts = new ArrayList<>();
        values.forEach((field, given) ->
                given.forEach(v -> parts.add(field + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return String.join("&", parts);
    }

    @Nullable
    private static String first(Map<String, List<String>> values, String field) {
        List<String> given = values.getOrDefault(field, List.of());
        return given.isEmpty() ? null : given.get(0);
    }

    @Nullable
    private static Integer whole(@Nullable String text) {
        if (text == null || !text.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    /** A monthly amount in euros, as people type it ("1 500", "1500 €"), up to a million. */
    @Nullable
    private static BigDecimal budget(String text) {
        return Amounts.parse(text)
                .filter(b -> b.compareTo(BigDecimal.valueOf(1_000_000)) <= 0)
                .orElse(null);
    }
}
