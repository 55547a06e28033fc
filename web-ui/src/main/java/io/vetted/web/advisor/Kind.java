package io.vetted.web.advisor;

import java.util.List;
import java.util.Map;

/**
 * A kind of recommendation (keep in-house, managed provider, technician, SaaS, project): what it
 * means for the buyer, and the search its link starts from.
 */
public record Kind(String code, Text title, Text summary, List<Text> points, Map<String, List<String>> search) {

    static Kind of(String code, Object yaml) {
        Map<String, Object> kind = Yaml.map(yaml, code);
        return new Kind(
                code,
                Text.of(kind.get("title"), code + " title"),
                Text.of(kind.get("summary"), code + " summary"),
                Yaml.list(kind.get("points"), code + " points").stream()
                        .map(p -> Text.of(p, code + " point"))
                        .toList(),
                Rule.search(kind.get("search"), code));
    }
}
