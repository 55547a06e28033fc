package io.vetted.identity.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mail with a plain-text and an HTML part of the same content, and extra headers (such as
 * {@code List-Unsubscribe}).
 */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers) {

    /** This mail with one more header (or another value for it). */
    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(to, subject, text, html, more);
    }
}
