package io.vetted.web.search;

import io.vetted.web.backend.SearchReading;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.page.PageContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The sentences that say what the search understood, and the links that undo it or widen it. */
public final class SearchHints {

    /** A link to another search, with its text. */
    public record Link(String text, String url) {}

    private static final Set<String> LABELLED = Set.of(
            "maxPrice",
            "afterHours",
            "maxCriticalResponse",
            "noSubcontracting",
            "verifiedOnly",
            "minRating",
            "minVerifiedReferences");

    private final PageContext ctx;
    private final SearchView search;

    SearchHints(PageContext ctx, SearchView search) {
        this.ctx = ctx;
        this.search = search;
    }

    /** "Lyon → on site in Rhône (69), or remote", one line per place, meaning and generic words. */
    public List<String> understood() {
        SearchReading.Understood u = search.results().understood();
        if (u == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (SearchReading.Place p : u.places()) {
            String area = p.departmentCode() == null
                    ? ctx.t("searchUnderstood.region", p.name())
                    : ctx.t("searchUnderstood.department", p.departmentName(), p.departmentCode());
            String line =
                    ctx.t(u.orRemote() ? "searchUnderstood.place" : "searchUnderstood.placeOnSite", p.typed(), area);
            lines.add(p.homonyms() > 0 ? line + " " + ctx.t("searchUnderstood.homonyms", p.homonyms() + 1) : line);
        }
        for (SearchReading.Meaning m : u.meanings()) {
            String specialties =
                    m.specialties().stream().map(s -> ctx.t("specialty." + s)).collect(Collectors.joining(", "));
            lines.add(ctx.t("searchUnderstood.meaning", m.typed(), specialties));
        }
        if (!u.ignored().isEmpty()) {
            lines.add(ctx.t("searchUnderstood.ignored", String.join(", ", u.ignored())));
        }
        return lines;
    }

    /** The same search with the text taken word for word. */
    public String literalUrl() {
        return "/?" + search.form().baseQuery() + "&literal=true";
    }

    /** The same search with places and synonyms read again. */
    public String understandUrl() {
        String base = without(search.form().baseQuery(), "literal", null);
        return "/?" + base;
    }

    /** Each thing to drop, with the number of providers the search would then find. */
    public List<Link> suggestions() {
        return search.results().suggestions().stream()
                .map(s -> new Link(
                        ctx.t("searchSuggest.item", label(s), s.count()),
                        "/?" + (s.parameter().equals("q") ? withText(s.q()) : withoutFilter(s))))
                .toList();
    }

    private String label(SearchReading.Suggestion s) {
        String v = s.value();
        return switch (s.parameter()) {
            case "q" -> ctx.t("searchSuggest.word", v);
            case "kind" -> ctx.t("kind." + v);
            case "mode" -> ctx.t("delivery." + v);
            case "specialty" -> ctx.t("specialty." + v);
            case "sector" -> ctx.t("sector." + v);
            case "certification" -> ctx.t("topic." + v);
            case "pricing" -> ctx.t("basis." + v);
            case "region", "department" -> areaName(s.parameter(), v);
            case "language" -> ctx.t("searchFilters.languages") + " : " + v;
            default -> LABELLED.contains(s.parameter()) ? ctx.t("searchFilters." + s.parameter()) : s.parameter();
        };
    }

    private String areaName(String parameter, String code) {
        for (VendorModels.Region r : search.catalog().regions()) {
            if (parameter.equals("region") && r.code().equals(code)) {
                return r.name();
            }
            for (VendorModels.Department d : r.departments()) {
                if (parameter.equals("department") && d.code().equals(code)) {
                    return d.name() + " (" + code + ")";
                }
            }
        }
        return code;
    }

    private String withText(String q) {
        String base = without(search.form().baseQuery(), "q", null);
        String text = q == null || q.isBlank() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return text.isEmpty() ? base : base.isEmpty() ? text : text + "&" + base;
    }

    private String withoutFilter(SearchReading.Suggestion s) {
        String base = search.form().baseQuery();
        if (s.parameter().equals("maxPrice")) {
            return without(without(base, "maxPrice", null), "pricing", null);
        }
        boolean repeated = Set.of("mode", "specialty", "language", "sector", "certification")
                .contains(s.parameter());
        return without(base, s.parameter(), repeated ? s.value() : null);
    }

    /** The query string without a parameter (any value, or only {@code value}). */
    private static String without(String query, String name, String value) {
        String exact = value == null ? null : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> exact == null ? !p.startsWith(name + "=") : !p.equals(exact))
                .collect(Collectors.joining("&"));
    }
}
