package io.vetted.seed.bulk;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The command line of {@code seed bulk}; see {@link BulkSeed} for the meaning of each option. */
record BulkOptions(int providers, long references, Databases databases, Path passwordFile, boolean reset, long seed) {

    static final String USAGE = """
            usage: seed bulk --identity-db JDBC_URL --vendor-db JDBC_URL --review-db JDBC_URL
                             [--providers 100000] [--references 1000000] [--seed 42] [--reset]
                             [--user postgres] [--password-env VARIABLE] [--password-file FILE]
              --password-env   the environment variable holding the database password (none by default)
              --password-file  the seeded accounts' password: read from FILE, or generated into it when missing
                               (default ~/.vetted/secrets/bulk-password)
              --reset          empty the three databases first (catalogues and Flyway history are kept)""";

    private static final Set<String> FLAGS = Set.of("reset");
    private static final Set<String> VALUED = Set.of(
            "identity-db",
            "vendor-db",
            "review-db",
            "providers",
            "references",
            "seed",
            "user",
            "password-env",
            "password-file");

    static BulkOptions parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (VALUED.contains(name) && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new BulkSeedException("unknown or incomplete option " + args[i] + "\n" + USAGE);
            }
        }
        for (String required : new String[] {"identity-db", "vendor-db", "review-db"}) {
            if (!options.containsKey(required)) {
                throw new BulkSeedException("missing --" + required + "\n" + USAGE);
            }
        }
        String password = null;
        if (options.containsKey("password-env")) {
            password = System.getenv(options.get("password-env"));
            if (password == null) {
                throw new BulkSeedException(
                        "--password-env names " + options.get("password-env") + ", which is not set");
            }
        }
        int providers = positive(options.getOrDefault("providers", "100000"), "providers");
        long references = Long.parseLong(options.getOrDefault("references", "1000000"));
        if (references < 0 || (references > 0 && providers == 0)) {
            throw new BulkSeedException("--references must be 0 or more, and needs providers");
        }
        Path passwordFile = options.containsKey("password-file")
                ? Path.of(options.get("password-file"))
                : Path.of(System.getProperty("user.home"), ".vetted", "secrets", "bulk-password");
        return new BulkOptions(
                providers,
                references,
                new Databases(
                        options.get("identity-db"),
                        options.get("vendor-db"),
                        options.get("review-db"),
                        options.getOrDefault("user", "postgres"),
                        password),
                passwordFile,
                options.containsKey("reset"),
                Long.parseLong(options.getOrDefault("seed", "42")));
    }

    private static int positive(String value, String name) {
        try {
            int number = Integer.parseInt(value.replace("_", ""));
            if (number < 1 || number > 10_000_000) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BulkSeedException("--" + name + " must be a whole number from 1 to 10,000,000, not " + value);
        }
    }
}
