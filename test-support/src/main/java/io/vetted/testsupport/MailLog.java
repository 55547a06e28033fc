package io.vetted.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * identity-service's mail log ({@code $VETTED_HOME/logs/mail.log}), where mails go when no SMTP
 * server is configured: tests read the verification and reset links from it, as a developer would.
 */
public final class MailLog {

    private static final Pattern ENTRY =
            // further header lines (List-Unsubscribe on notification mails) may follow the subject
            Pattern.compile(
                    "(?s)----- \\S+\\nTo: (\\S+)\\nSubject: ([^\\n]*)\\n(?:[A-Za-z-]+: [^\\n]*\\n)*\\n(.*?)(?=\\n----- |\\z)");

    private final Path file;

    public MailLog(Path file) {
        this.file = file;
    }

    /**
     * The newest link to {@code path} mailed to {@code address}, waiting up to 10 s for it: a link
     * with a {@code ?token=} for a path such as {@code /verify}, or the token as the last segment for
     * a path ending in a slash, such as {@code /invitations/}.
     */
    public String link(String address, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> link = newest(address, path);
            if (link.isPresent()) {
                return link.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail with a " + path + " link reached " + address + " in " + file);
    }

    /** The {@code token} query parameter of {@link #link}. */
    public String token(String address, String path) {
        String link = link(address, path);
        return URLDecoder.decode(link.substring(link.indexOf("?token=") + 7), StandardCharsets.UTF_8);
    }

    /** The subjects of the mails written to {@code address}, oldest first. */
    public List<String> subjects(String address) {
        return entries()
                .results()
                .filter(m -> m.group(1).equalsIgnoreCase(address))
                .map(m -> m.group(2))
                .toList();
    }

    public long count(String address) {
        return entries()
                .results()
                .filter(m -> m.group(1).equalsIgnoreCase(address))
                .count();
    }

    private Optional<String> newest(String address, String path) {
        Pattern link = Pattern.compile(
                "https?://\\S+" + Pattern.quote(path) + (path.endsWith("/") ? "[^\\s/]+" : "\\?token=\\S+"));
        String found = null;
        Matcher entries = entries();
        while (entries.find()) {
            if (entries.group(1).equalsIgnoreCase(address)) {
                Matcher match = link.matcher(entries.group(3));
                if (match.find()) {
                    found = match.group();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private Matcher entries() {
        try {
            return ENTRY.matcher(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
