package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Turns the text of a search into a {@link TextPlan}, with one statement to build its tsqueries. */
@Singleton
class TextPlanner {

    private final QueryReader reader;
    private final PlaceNames places;
    private final SqlRunner sql;

    TextPlanner(QueryReader reader, PlaceNames places, SqlRunner sql) {
        this.reader = reader;
        this.places = places;
        this.sql = sql;
    }

    /** {@code literal}: the words as typed, nothing understood; {@code area}: an area filter is already set. */
    TextPlan plan(@Nullable String q, boolean literal, boolean area) {
        if (q == null || q.isBlank()) {
            return TextPlan.NONE;
        }
        List<QueryReader.Part> parts = literal
                ? List.of(new QueryReader.Part(q, Words.fold(q), QueryReader.Role.WORD, null, null))
                : reader.read(q, !area);
        List<String> plain = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Understanding.PlaceRead> placesRead = new ArrayList<>();
        List<Understanding.MeaningRead> meanings = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<String> areas = new ArrayList<>();
        for (QueryReader.Part part : parts) {
            switch (part.role()) {
                case WORD -> plain.add(literal ? q : part.folded());
                case GENERIC -> ignored.add(part.typed());
                case MEANING -> {
                    var m = part.meaning();
                    meanings.add(new Understanding.MeaningRead(part.typed(), m.shown(), m.specialties()));
                    texts.addAll(m.terms());
                }
                case PLACE -> {
                    var p = part.place();
                    String token =
                            p.kind() == PlaceNames.Kind.REGION ? "region:" + p.region() : "dept:" + p.department();
                    if (!areas.contains(token)) {
                        areas.add(token);
                        placesRead.add(places.read(part.typed(), p));
                    }
                }
            }
        }
        List<String> statements = new ArrayList<>();
        statements.add(String.join(" ", plain));
        statements.addAll(texts);
        List<String> queries = sql.query(
                "SELECT coalesce(provider_text_query(t)::text, '') FROM unnest(?) WITH ORDINALITY AS u (t, n) ORDER BY n",
                List.of((Object) statements.toArray(String[]::new)),
                rows -> {
                    List<String> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                    return found;
                });
        List<String> ranked = new ArrayList<>();
        SearchFilter.Condition words = null;
        if (!queries.get(0).isEmpty()) {
            words = new SearchFilter.Condition("s.document @@ ?::tsquery", List.of(queries.get(0)));
            ranked.add(queries.get(0));
        }
        List<SearchFilter.Condition> meaningConditions = new ArrayList<>();
        int next = 1;
        for (QueryReader.Part part : parts) {
            if (part.role() != QueryReader.Role.MEANING) {
                continue;
            }
            List<String> alternatives = new ArrayList<>();
            for (int t = 0; t < part.meaning().terms().size(); t++, next++) {
                if (!queries.get(next).isEmpty()) {
                    alternatives.add("(" + queries.get(next) + ")");
                }
            }
            String any = String.join(" | ", alternatives);
            ranked.add(any);
            meaningConditions.add(meaningCondition(any, part.meaning().specialties()));
        }
        String rank = ranked.isEmpty() ? null : "(" + String.join(") | (", ranked) + ")";
        return new TextPlan(
                words, plain, meaningConditions, areas, rank, new Understanding(placesRead, true, meanings, ignored));
    }

    private static SearchFilter.Condition meaningCondition(String any, List<String> specialties) {
        String[] tokens = specialties.stream().map(s -> "spec:" + s).toArray(String[]::new);
        if (any.isEmpty()) {
            return new SearchFilter.Condition("s.facets && ?", List.of((Object) tokens));
        }
        if (tokens.length == 0) {
            return new SearchFilter.Condition("s.document @@ ?::tsquery", List.of(any));
        }
        return new SearchFilter.Condition("(s.document @@ ?::tsquery OR s.facets && ?)", List.of(any, (Object) tokens));
    }
}
