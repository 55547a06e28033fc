package io.vetted.support.input;

import io.micronaut.core.annotation.Nullable;

/**
 * Which characters no text Vetted stores may hold: NUL, which PostgreSQL refuses in any text
 * value (the insert fails, a 500 before this check), and the other C0 controls and DEL, which no
 * person types and which only serve to hide or forge text. Tab, line feed and carriage return stay
 * allowed: multi-line texts need them.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** The first forbidden character's position, or -1 when the text has none. */
    public static int firstIn(@Nullable CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first forbidden character in a raw, still percent-encoded URL part (%00, %1b...), or -1.
     * Checking the encoded bytes is exact: UTF-8 never encodes another character with a byte below 0x80.
     */
    public static int firstEncodedIn(String raw) {
        for (int i = raw.indexOf('%'); i >= 0 && i + 2 < raw.length(); i = raw.indexOf('%', i + 1)) {
            int high = Character.digit(raw.charAt(i + 1), 16);
            int low = Character.digit(raw.charAt(i + 2), 16);
            if (high >= 0 && low >= 0 && forbidden((char) (high * 16 + low))) {
                return i;
            }
        }
        return firstIn(raw);
    }

    public static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }

    /** What the client is told about the text, e.g. "contains the control character U+0000". */
    public static String describe(CharSequence text, int index) {
        return describe(text.charAt(index));
    }

    public static String describe(char c) {
        return String.format("contains the control character U+%04X, which is not allowed", (int) c);
    }
}
