package io.vetted.seed;

import io.vetted.seed.bulk.BulkSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar seed.jar demo --identity http://localhost:8081 --vendor http://localhost:8082
 * --review http://localhost:8083 [--buyer http://localhost:8084] --password-file ~/.vetted/secrets/demo-password [--providers 24]
 * [--mail-log ~/.vetted/logs/mail.log] [--totp-file ~/.vetted/secrets/demo-totp]
 * [--moderator-email EMAIL --moderator-password-file FILE]}: loads the demo, or completes one an
 * interrupted load left (the TOTP file keeps the second factors it turned on); or
 * {@code java -jar seed.jar bulk ...} for a large data set written straight into the databases ({@link BulkSeed}).
 */
public final class Seed {

    private Seed() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bulk")) {
            BulkSeed.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length == 0 || !args[0].equals("demo")) {
            System.err.println(
                    "usage: seed demo --identity URL --vendor URL --review URL --password-file FILE [--providers N]");
            System.err.println(
                    "       seed bulk --identity-db JDBC_URL --vendor-db JDBC_URL --review-db JDBC_URL [--reset] ...");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        Path passwordFile = Path.of(options.get("password-file"));
        var api = new ApiClient(options.get("identity"), options.get("vendor"), options.get("review"));
        var accounts = new DemoAccounts(
                api,
                Files.readString(passwordFile).strip(),
                new MailLinks(mailLog(options)),
                new DemoAuthenticator(Path.of(options.getOrDefault(
                        "totp-file",
                        passwordFile
                                .toAbsolutePath()
                                .resolveSibling("demo-totp")
                                .toString()))));
        var demo = new DemoData(
                api,
                Integer.parseInt(options.getOrDefault("providers", "24")),
                Long.parseLong(options.getOrDefault("seed", "20261126")),
                accounts);
        if (options.containsKey("moderator-email") && options.containsKey("moderator-password-file")) {
            demo.withModerator(
                    options.get("moderator-email"),
                    Files.readString(Path.of(options.get("moderator-password-file")))
                            .strip());
        }
        if (options.containsKey("buyer")) {
            demo.withBuyer(options.get("buyer"));
        }
        demo.load();
        System.exit(0);
    }

    /** identity-service's mail log, where the verification links land: beside the secrets folder by default. */
    private static Path mailLog(Map<String, String> options) {
        if (options.containsKey("mail-log")) {
            return Path.of(options.get("mail-log"));
        }
        Path secrets = Path.of(options.get("password-file")).toAbsolutePath().getParent();
        return secrets.resolveSibling("logs").resolve("mail.log");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : new String[] {"identity", "vendor", "review", "password-file"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required);
            }
        }
        return options;
    }
}
