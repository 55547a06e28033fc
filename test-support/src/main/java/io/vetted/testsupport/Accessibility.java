package io.vetted.testsupport;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 AA checks in the browser the tests already drive: axe-core (bundled in Deque's Selenium
 * integration, a versioned test dependency, nothing fetched at test time) and the page's width.
 */
public final class Accessibility {

    /** The rules of WCAG 2.0 and 2.1, levels A and AA: the standard the site is held to. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {}

    /**
     * The serious and critical violations on the page as shown now, one readable line per element:
     * rule, impact, what to fix, where. Empty when there are none.
     */
    public static List<String> seriousViolations(WebDriver browser) {
        // legacy mode runs axe in the page itself; the default opens and closes a blank window per
        // analysis to merge frames' results, which the site has none of (~220 ms each, CI time).
        // Only violations are reported in full: axe otherwise builds a selector and HTML extract for
        // every element that passed, which the check never reads (CI time again).
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder()
                .withOptions(options)
                .withTags(WCAG_21_AA)
                .setLegacyMode(true)
                .analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException(
                    "axe-core failed on " + browser.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                lines.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    at "
                        + node.getTarget() + " " + abbreviate(node.getHtml()) + "\n    "
                        + String.valueOf(node.getFailureSummary()).replace("\n", " "));
            }
        }
        return lines;
    }

    /** How many CSS pixels the document is wider than the viewport (0 when nothing scrolls sideways). */
    public static long horizontalOverflow(WebDriver browser) {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
        return ((Number) overflow).longValue();
    }

    /**
     * On how many lines the site header's visible links, buttons and brand sit (boxes that do not
     * overlap vertically are on different lines); a header should never need more than two.
     */
    public static long headerLines(WebDriver browser) {
        Object lines = ((JavascriptExecutor) browser)
                .executeScript(
                        "const boxes = Array.from(document.querySelectorAll('.site-header a, .site-header button'))"
                                + ".map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0)"
                                + ".sort((a, b) => a.top - b.top);"
                                + "let rows = 0, bottom = -1; for (const r of boxes) {"
                                + " if (r.top >= bottom - 2) { rows++; bottom = r.bottom; } else { bottom = Math.max(bottom, r.bottom); } }"
                                + "return rows;");
        return ((Number) lines).longValue();
    }

    /** The elements that stick out of the viewport on the right, to say what made the page scroll. */
    public static List<String> widestElements(WebDriver browser) {
        Object found = ((JavascriptExecutor) browser)
                .executeScript("const w = window.innerWidth; return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + " + (e.className && e.className.baseVal === undefined ? '.' + e.className.trim()"
                        + ".replace(/\\s+/g, '.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right))"
                        + ".slice(0, 8)");
        List<String> elements = new ArrayList<>();
        if (found instanceof List<?> list) {
            list.forEach(e -> elements.add(String.valueOf(e)));
        }
        return elements;
    }

    private static String abbreviate(String html) {
        String flat = String.valueOf(html).replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }
}
