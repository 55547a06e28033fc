package io.vetted.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Finds what a French page should not say: English (common English words that French never
 * uses, so brand names, codes and shared words such as "support" or "cloud" pass), message keys
 * left untranslated ({@code ??key??}) and raw codes ({@code ON_CALL}). It reads every text of the
 * page, hidden ones and accessible names included, except what is marked as another language.
 */
final class FrenchOnly {

    private static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "with",
            "your",
            "you",
            "this",
            "that",
            "these",
            "please",
            "is",
            "are",
            "was",
            "has",
            "have",
            "will",
            "must",
            "should",
            "from",
            "which",
            "what",
            "when",
            "where",
            "who",
            "how",
            "why",
            "it",
            "of",
            "to",
            "in",
            "by",
            "for",
            "not",
            "all",
            "any",
            "more",
            "out",
            "yes",
            "can",
            "cannot",
            "there",
            "our",
            "their",
            "they",
            "we",
            "sign",
            "password",
            "search",
            "provider",
            "providers",
            "reference",
            "references",
            "review",
            "reviews",
            "save",
            "cancel",
            "delete",
            "edit",
            "back",
            "home",
            "none",
            "month",
            "hour",
            "hours",
            "days",
            "request",
            "failed",
            "invalid",
            "required",
            "error",
            "found",
            "forbidden",
            "unauthorized",
            "next",
            "previous",
            "show",
            "hide",
            "add",
            "remove",
            "filters",
            "price",
            "rating",
            "verified",
            "submit",
            "send",
            "account",
            "settings",
            "log",
            "logout");

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern RAW_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    private static final String TEXTS = "const out = [document.title];"
            + "const other = e => e.closest('[lang]') && !e.closest('[lang]').getAttribute('lang').startsWith('fr');"
            + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
            + "while (walker.nextNode()) { const p = walker.currentNode.parentElement;"
            + "  if (p && !p.closest('script, style') && !other(p)) out.push(walker.currentNode.textContent); }"
            + "document.querySelectorAll('[aria-label], [title], [placeholder], [alt]').forEach(e => { if (!other(e))"
            + "  ['aria-label', 'title', 'placeholder', 'alt'].forEach(a => { if (e.getAttribute(a)) out.push(e.getAttribute(a)); }); });"
            + "return out.join('\\n');";

    private FrenchOnly() {}

    /** Each English word, raw key or raw code on the page, with the line it stands in. */
    static List<String> foreignText(WebDriver browser) {
        String text = (String) ((JavascriptExecutor) browser).executeScript(TEXTS);
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            String clean = line.strip().replaceAll("\\S*(@|://|www\\.)\\S*", " ");
            if (clean.isEmpty()) {
                continue;
            }
            Matcher words = WORD.matcher(clean);
            while (words.find()) {
                String word = words.group();
                if (ENGLISH.contains(word.toLowerCase(Locale.ROOT)) && !word.equals(word.toUpperCase(Locale.ROOT))) {
                    found.add("English \"" + word + "\" in: " + abbreviate(clean));
                }
            }
            for (Pattern raw : List.of(RAW_KEY, RAW_CODE)) {
                Matcher m = raw.matcher(clean);
                while (m.find()) {
                    found.add("raw \"" + m.group() + "\" in: " + abbreviate(clean));
                }
            }
        }
        return found;
    }

    private static String abbreviate(String line) {
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
