package io.vetted.identity;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail) that identity-service sends its mails to, and
 * reads them back: tests follow the links as a person would.
 */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_\\-%]+)");
    private static Mailbox shared;

    private final GreenMail server;

    private Mailbox() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
    }

    public static synchronized Mailbox shared() {
        if (shared == null) {
            shared = new Mailbox();
        }
        return shared;
    }

    /** Points identity-service's SMTP settings at this server. */
    public Map<String, String> properties() {
        return Map.of(
                "vetted.mail.smtp-host",
                "127.0.0.1",
                "vetted.mail.smtp-port",
                String.valueOf(server.getSmtp().getPort()),
                "vetted.mail.smtp-start-tls",
                "false",
                "vetted.mail.site-url",
                "https://vetted.test");
    }

    public List<Message> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .map(Message.class::cast)
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The mails to {@code address}, once at least {@code count} have arrived (waiting up to 5 s). */
    public List<Message> awaitMessagesTo(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<Message> messages = messagesTo(address);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            sleep();
            messages = messagesTo(address);
        }
        return messages;
    }

    /** The token of the newest link to {@code path} mailed to {@code address}, waiting a little for it to arrive. */
    public String tokenFor(String address, String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            Optional<String> token = newestToken(address, path);
            if (token.isPresent()) {
                return token.get();
            }
            sleep();
        }
        throw new AssertionError("No mail with a " + path + " link reached " + address);
    }

    private Optional<String> newestToken(String address, String path) {
        List<Message> messages = messagesTo(address);
        for (int i = messages.size() - 1; i >= 0; i--) {
            String body =
                    GreenMailUtil.getBody(messages.get(i)).replace("=\r\n", "").replace("=3D", "=");
            Matcher link = Pattern.compile(Pattern.quote("https://vetted.test" + path) + TOKEN.pattern())
                    .matcher(body);
            if (link.find()) {
                return Optional.of(java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
