package io.vetted.web.page;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether text a provider typed (a claim's evidence) may be shown as a link: only an absolute
 * http(s) address with a host, never {@code javascript:}, {@code data:} or a path on this site.
 */
public final class ExternalLinks {

    private ExternalLinks() {}

    public static boolean isWebAddress(@Nullable String text) {
        if (text == null || text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
