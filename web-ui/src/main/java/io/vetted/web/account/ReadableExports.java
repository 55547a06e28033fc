package io.vetted.web.account;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.vetted.web.page.PageContext;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the export's JSON into {@link ReadableExport}. Labels come from {@code data.*} texts, falling
 * back to the field's name in words, so a column a service adds later still shows; ids and row
 * versions are left out (they mean nothing to a reader and stay in the JSON).
 */
@Singleton
class ReadableExports {

    private static final Argument<Map<String, Object>> TREE = Argument.mapOf(String.class, Object.class);
    private static final Set<String> HIDDEN = Set.of("id", "version", "companyKey", "sentencesIndexed");
    // a page of this site (a notification's), never another site's address
    private static final Pattern SITE_PATH = Pattern.compile("/[A-Za-z0-9][^\\s]*");

    private final JsonMapper json;

    ReadableExports(JsonMapper json) {
        this.json = json;
    }

    ReadableExport of(String export, PageContext ctx) {
        Map<String, Object> tree;
        try {
            tree = json.readValue(export, TREE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ReadableExport.Section> sections = new ArrayList<>();
        tree.forEach((key, value) -> {
            if (!key.equals("exportedAt") && value != null) {
                sections.add(new ReadableExport.Section(text(ctx, "data.section." + key, key), parts(ctx, key, value)));
            }
        });
        return new ReadableExport(ctx, ExportValues.format(ctx, "", "exportedAt", tree.get("exportedAt")), sections);
    }

    private List<ReadableExport.Part> parts(PageContext ctx, String section, Object value) {
        if (value instanceof Map<?, ?> map
                && !map.isEmpty()
                && map.values().stream().allMatch(List.class::isInstance)) {
            List<ReadableExport.Part> parts = new ArrayList<>();
            map.forEach((key, rows) -> parts.add(new ReadableExport.Part(
                    text(ctx, "data.part." + key, key.toString()), entries(ctx, key.toString(), rows))));
            return parts;
        }
        return List.of(new ReadableExport.Part(null, entries(ctx, section, value)));
    }

    private List<ReadableExport.Entry> entries(PageContext ctx, String part, Object value) {
        List<ReadableExport.Entry> entries = new ArrayList<>();
        if (value instanceof List<?> rows) {
            rows.forEach(row -> entries.addAll(entries(ctx, part, row)));
        } else if (value instanceof Map<?, ?> row) {
            List<ReadableExport.Field> fields = new ArrayList<>();
            row.forEach((name, field) -> {
                String key = camel(name.toString());
                if (shown(key, field)) {
                    fields.add(field(ctx, part, key, field));
                }
            });
            entries.add(new ReadableExport.Entry(fields));
        }
        return entries;
    }

    private ReadableExport.Field field(PageContext ctx, String part, String key, Object value) {
        String label = label(ctx, key);
        if (value instanceof Map<?, ?> || value instanceof List<?> list && !scalars(list)) {
            return new ReadableExport.Field(label, null, null, entries(ctx, key, value));
        }
        if (value instanceof String path && SITE_PATH.matcher(path).matches()) {
            return new ReadableExport.Field(label, ctx.t("data.open"), path, List.of());
        }
        return new ReadableExport.Field(label, ExportValues.format(ctx, part, key, value), null, List.of());
    }

    private static boolean shown(String key, Object value) {
        boolean empty = value == null
                || value instanceof String s && s.isBlank()
                || value instanceof List<?> l && l.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
        return !empty && !HIDDEN.contains(key) && !key.endsWith("Id");
    }

    private static boolean scalars(List<?> list) {
        return list.stream().noneMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>);
    }

    private static String label(PageContext ctx, String key) {
        return text(ctx, "data.field." + key, key);
    }

    private static String text(PageContext ctx, String messageKey, String name) {
        return ctx.messages().find(messageKey).orElseGet(() -> words(name));
    }

    /** {@code owner_account_id} and {@code ownerAccountId} both become {@code ownerAccountId}. */
    static String camel(String name) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
