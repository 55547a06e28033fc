package io.vetted.web.advisor;

import java.util.List;

/**
 * A recommendation made for the buyer's answers: its kind, the rules that led to it (their reasons,
 * in order) and the provider search carrying their filters.
 */
public record Recommendation(Kind kind, List<Rule> reasons, String searchUrl) {

    public String code() {
        return kind.code();
    }
}
