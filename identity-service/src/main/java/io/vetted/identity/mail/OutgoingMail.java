package io.vetted.identity.mail;

import java.util.Map;

/**
 * A mail with a plain-text and an HTML part of the same content, and extra headers (such as
 * {@code List-Unsubscribe}).
 */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers) {}
