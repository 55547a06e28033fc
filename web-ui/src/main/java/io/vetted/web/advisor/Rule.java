package io.vetted.web.advisor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One rule of {@code rules.yml}: when its condition holds, it gives its reason for the
 * recommendation it names and adds its filters to that recommendation's search. A {@code detail}
 * only refines a recommendation another rule made.
 */
public record Rule(
        String id,
        Predicate<Answers> when,
        String recommends,
        boolean detail,
        Text reason,
        Map<String, List<String>> search) {

    static Rule of(Object yaml) {
        Map<String, Object> rule = Yaml.map(yaml, "rule");
        String id = String.valueOf(rule.get("id"));
        return new Rule(
                id,
                Conditions.parse(rule.get("when")),
                String.valueOf(rule.get("recommends")),
                Boolean.TRUE.equals(rule.get("detail")),
                Text.of(rule.get("reason"), id + " reason"),
                search(rule.get("search"), id));
    }

    boolean firesOn(Answers answers) {
        return when.test(answers);
    }

    /** Filters as the search page names them, each with its values ({@code {department}} for the answer). */
    static Map<String, List<String>> search(Object yaml, String what) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (yaml != null) {
            Yaml.map(yaml, what + " search")
                    .forEach((name, values) -> filters.put(
                            name,
                            Yaml.list(values, what + " " + name).stream()
                                    .map(String::valueOf)
                                    .toList()));
        }
        return filters;
    }
}
