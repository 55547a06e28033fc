package io.vetted.support.logging;

import java.util.regex.Pattern;

/**
 * A request path as it may be written to a log. Invitation, share and unsubscribe links carry
 * their secret in the path, and whoever reads the logs must not be able to use them: a segment
 * that looks like such a token is replaced; ids (UUIDs) and words stay, so the route is still clear.
 */
public final class LoggedPaths {

    static final String REDACTED = "[redacted]";
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{20,}");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private LoggedPaths() {}

    public static String of(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (TOKEN_LIKE.matcher(segments[i]).matches()
                    && !UUID.matcher(segments[i]).matches()) {
                segments[i] = REDACTED;
            }
        }
        return String.join("/", segments);
    }
}
