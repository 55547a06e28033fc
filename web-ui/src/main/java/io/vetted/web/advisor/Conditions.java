package io.vetted.web.advisor;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a rule's {@code when} from {@code rules.yml}: {@code all}, {@code any}, {@code not}, or a test
 * on one answer ({@code is}, {@code in}, {@code has}, {@code hasAny}, {@code atLeast}, {@code atMost},
 * {@code present}). A question or answer that does not exist is refused when the rules are loaded,
 * so a typo in the data fails the build's tests rather than silently never firing.
 */
final class Conditions {

    private Conditions() {}

    static Predicate<Answers> parse(Object yaml) {
        Map<String, Object> node = Yaml.map(yaml, "condition");
        if (node.containsKey("all")) {
            List<Predicate<Answers>> parts = each(node.get("all"));
            return a -> parts.stream().allMatch(p -> p.test(a));
        }
        if (node.containsKey("any")) {
            List<Predicate<Answers>> parts = each(node.get("any"));
            return a -> parts.stream().anyMatch(p -> p.test(a));
        }
        if (node.containsKey("not")) {
            return parse(node.get("not")).negate();
        }
        String question = String.valueOf(node.get("answer"));
        if (!Answers.isQuestion(question)) {
            throw new IllegalArgumentException("No question is called " + question + " in " + node);
        }
        return test(question, node);
    }

    private static Predicate<Answers> test(String question, Map<String, Object> node) {
        if (node.containsKey("is")) {
            String value = choice(question, node.get("is"));
            return a -> value.equals(a.get(question));
        }
        if (node.containsKey("in")) {
            List<String> values = choices(question, node.get("in"));
            return a -> values.contains(a.get(question));
        }
        if (node.containsKey("has")) {
            String value = choice(question, node.get("has"));
            return a -> ((Collection<?>) a.get(question)).contains(value);
        }
        if (node.containsKey("hasAny")) {
            List<String> values = choices(question, node.get("hasAny"));
            return a -> values.stream().anyMatch(((Collection<?>) a.get(question))::contains);
        }
        if (node.containsKey("atLeast")) {
            BigDecimal bound = number(question, node.get("atLeast"));
            return a ->
                    a.get(question) != null && number(question, a.get(question)).compareTo(bound) >= 0;
        }
        if (node.containsKey("atMost")) {
            BigDecimal bound = number(question, node.get("atMost"));
            return a ->
                    a.get(question) != null && number(question, a.get(question)).compareTo(bound) <= 0;
        }
        if (node.containsKey("present")) {
            boolean present = Boolean.TRUE.equals(node.get("present"));
            return a -> (a.get(question) != null) == present;
        }
        throw new IllegalArgumentException("Cannot read the condition " + node);
    }

    private static List<Predicate<Answers>> each(Object yaml) {
        return Yaml.list(yaml, "conditions").stream().map(Conditions::parse).toList();
    }

    private static String choice(String question, Object value) {
        String text = String.valueOf(value);
        if (!Answers.CHOICES.getOrDefault(question, List.of()).contains(text)) {
            throw new IllegalArgumentException(question + " has no answer " + text);
        }
        return text;
    }

    private static List<String> choices(String question, Object values) {
        return Yaml.list(values, question).stream()
                .map(v -> choice(question, v))
                .toList();
    }

    private static BigDecimal number(String question, Object value) {
        if (!Answers.NUMBERS.contains(question)) {
            throw new IllegalArgumentException(question + " is not answered by a number");
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
    }
}
