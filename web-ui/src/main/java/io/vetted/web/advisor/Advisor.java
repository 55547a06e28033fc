package io.vetted.web.advisor;

import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine: runs the rules of {@code advisor/rules.yml} in order over the answers and gathers,
 * per recommendation made, the reasons and the filters of every rule that fired for it. All the
 * advice is in the data; this class only knows how to combine it.
 */
@Singleton
public class Advisor {

    static final String RULES = "advisor/rules.yml";

    /** Search filters that take several values (all must match); any other takes the first rule's. */
    private static final Set<String> REPEATED = Set.of("specialty", "certification", "mode", "language", "sector");

    private final List<Kind> kinds;
    private final List<Rule> rules;

    public Advisor() {
        Map<String, Object> data = Yaml.load(RULES);
        List<Kind> read = new ArrayList<>();
        Yaml.map(data.get("recommendations"), "recommendations").forEach((code, kind) -> read.add(Kind.of(code, kind)));
        this.kinds = List.copyOf(read);
        this.rules =
                Yaml.list(data.get("rules"), "rules").stream().map(Rule::of).toList();
        rules.forEach(rule -> {
            if (kinds.stream().noneMatch(k -> k.code().equals(rule.recommends()))) {
                throw new IllegalArgumentException(rule.id() + " recommends an unknown " + rule.recommends());
            }
        });
    }

    List<Kind> kinds() {
        return kinds;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The recommendations for these answers, in the order of the rules file, each with its reasons. */
    public List<Recommendation> advise(Answers answers) {
        List<Rule> fired = rules.stream().filter(r -> r.firesOn(answers)).toList();
        List<Recommendation> made = new ArrayList<>();
        for (Kind kind : kinds) {
            List<Rule> forKind = fired.stream()
                    .filter(r -> r.recommends().equals(kind.code()))
                    .toList();
            if (forKind.stream().anyMatch(r -> !r.detail())) {
                made.add(new Recommendation(kind, forKind, "/?" + query(kind, forKind, answers)));
            }
        }
        return made;
    }

    private static String query(Kind kind, List<Rule> fired, Answers answers) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        add(filters, kind.search(), answers);
        fired.forEach(rule -> add(filters, rule.search(), answers));
        List<String> parts = new ArrayList<>();
        filters.forEach((name, values) ->
                values.forEach(v -> parts.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return String.join("&", parts);
    }

    private static void add(Map<String, Set<String>> filters, Map<String, List<String>> more, Answers answers) {
        more.forEach((name, values) -> {
            Set<String> current = filters.computeIfAbsent(name, n -> new LinkedHashSet<>());
            for (String value : values) {
                String resolved = "{department}".equals(value) ? answers.department() : value;
                if (resolved != null && (current.isEmpty() || REPEATED.contains(name))) {
                    current.add(resolved);
                }
            }
            if (current.isEmpty()) {
                filters.remove(name);
            }
        });
    }
}
