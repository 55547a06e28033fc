package io.vetted.seed;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verification links identity-service wrote to its mail log (local runs have no SMTP server). */
final class MailLinks {

    /** One mail of the log: its recipient and its body, up to the next mail. */
    private static final Pattern MAIL =
            Pattern.compile("(?s)----- \\S+\\nTo: (\\S+)\\nSubject: [^\\n]*\\n\\n(.*?)(?=\\n----- |\\z)");

    private static final Pattern VERIFY_LINK = Pattern.compile("/verify\\?token=(\\S+)");

    private final Path mailLog;

    MailLinks(Path mailLog) {
        this.mailLog = mailLog;
    }

    int count(String email) throws IOException {
        return verificationTokens(email).size();
    }

    /** The token of the first verification mail to {@code email} after the {@code seen} ones, waiting up to 10 s. */
    String next(String email, int seen) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<String> tokens = verificationTokens(email);
            if (tokens.size() > seen) {
                return tokens.get(tokens.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No verification mail for " + email + " in " + mailLog
                + " (is SMTP_HOST set? the demo loader reads the mail log of local runs; or does the account exist"
                + " with another password? then drop the demo databases: ./run --reset)");
    }

    private List<String> verificationTokens(String email) throws IOException {
        List<String> tokens = new ArrayList<>();
        if (!Files.exists(mailLog)) {
            return tokens;
        }
        Matcher mail = MAIL.matcher(Files.readString(mailLog, StandardCharsets.UTF_8));
        while (mail.find()) {
            Matcher link = VERIFY_LINK.matcher(mail.group(2));
            if (mail.group(1).equals(email) && link.find()) {
                tokens.add(URLDecoder.decode(link.group(1), StandardCharsets.UTF_8));
            }
        }
        return tokens;
    }
}
