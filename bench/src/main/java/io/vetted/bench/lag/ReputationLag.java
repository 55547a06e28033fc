package io.vetted.bench.lag;

import io.vetted.bench.Options;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Reputation lag: posts references at a steady rate, each on a different provider, and measures
 * how long after review-service accepted one (its 201) vendor-service's search shows the provider's
 * new reference count.
 * <p>{@code java -cp bench.jar io.vetted.bench.lag.ReputationLag --identity URL --review URL
 * --vendor-db JDBC_URL [--db-user postgres] --mail-log FILE | --seeded-password-file FILE [--rate 100] [--duration 30s] [--accounts 20] [--csv PREFIX]}
 */
public final class ReputationLag {

    private ReputationLag() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        double rate = Double.parseDouble(options.get("rate", "100"));
        Duration duration = Options.duration(options.get("duration", "30s"));
        int total = (int) (rate * duration.toMillis() / 1000);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        SmeAccounts accounts =
                new SmeAccounts(http, options.get("identity"), Path.of(options.get("mail-log", "mail.log")));
        int accountCount = Integer.parseInt(options.get("accounts", "20"));
        String seededPassword = options.get("seeded-password-file", "");
        List<String> tokens = seededPassword.isEmpty()
                ? accounts.create(accountCount)
                : accounts.seeded(
                        accountCount, Files.readString(Path.of(seededPassword)).strip());
        System.err.println("signed up " + tokens.size() + " client accounts");
        try (Connection db = DriverManager.getConnection(
                options.get("vendor-db"), options.get("db-user", "postgres"), options.get("db-password", ""))) {
            List<UUID> providers = providers(db, total);
            ReadModelWatch watch = new ReadModelWatch(db);
            watch.baseline(providers);
            AtomicLong errors = new AtomicLong();
            AtomicLong answered = new AtomicLong();
            String review = options.get("review");
            long interval = (long) (1e9 / rate);
            long start = System.nanoTime();
            for (int i = 0; i < providers.size(); i++) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    watch.poll();
                    LockSupport.parkNanos(Math.min(2_000_000, due - System.nanoTime()));
                }
                UUID provider = providers.get(i);
                // the callback counts every answer and failure; the drain below waits on those counts
                var unused = http.sendAsync(
                                HttpRequest.newBuilder(
                                                URI.create(review + "/api/providers/" + provider + "/references"))
                                        .header("Content-Type", "application/json")
                                        .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                                        .timeout(Duration.ofSeconds(30))
                                        .POST(HttpRequest.BodyPublishers.ofString(reference(i)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, failure) -> {
                            answered.incrementAndGet();
                            if (failure == null && response.statusCode() == 201) {
                                watch.accepted(provider, System.nanoTime());
                            } else {
                                errors.incrementAndGet();
                                if (errors.get() <= 5) {
                                    System.err.println("reference refused: "
                                            + (failure != null
                                                    ? failure
                                                    : response.statusCode() + " " + response.body()));
                                }
                            }
                        });
            }
            // every answer, then every accepted reference visible, or a minute at most
            long drainUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((answered.get() < providers.size() || watch.pending() > 0) && System.nanoTime() < drainUntil) {
                watch.poll();
                LockSupport.parkNanos(2_000_000);
            }
            double sendSeconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(
                    Locale.ROOT,
                    "%d references sent, %d answered, %d refused, %d still invisible after %.1f s%n",
                    providers.size(),
                    answered.get(),
                    errors.get(),
                    watch.pending(),
                    sendSeconds);
            Histogram lags = watch.lags();
            String prefix = options.get("csv", "lag");
            System.out.printf(
                    Locale.ROOT,
                    "%s,p50,%.1f%n%s,p99,%.1f%n%s,p100,%.1f%n%s,seen,%d%n%s,unseen,%d%n%s,errors,%d%n",
                    prefix,
                    lags.getValueAtPercentile(50) / 1000.0,
                    prefix,
                    lags.getValueAtPercentile(99) / 1000.0,
                    prefix,
                    lags.getMaxValue() / 1000.0,
                    prefix,
                    lags.getTotalCount(),
                    prefix,
                    watch.pending(),
                    prefix,
                    errors.get());
        }
    }

    private static List<UUID> providers(Connection db, int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT provider_id FROM provider_search ORDER BY random() LIMIT " + count)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    // distinct texts, as real clients write: identical ones are near-duplicates for moderators, and
    // a wave of them costs review-service a similarity check against each (FlagDetector)
    private static final String[] OPENINGS = {
        "responsive helpdesk, tickets closed within the day.", "the server migration went smoothly over a weekend.",
        "billing matched the quote every month.", "on-call engineer answered at night when our firewall failed.",
        "clear monthly reports and a named contact."
    };

    // a probe run's own word opens each text: a second run on the same database must not find the
    // first run's references "opening the same way" and have its own held as near-duplicates
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static String reference(int i) {
        int rating = 1 + i % 5;
        return "{\"company\":{\"name\":\"Lag probe client " + RUN + " " + i + "\"},"
                + "\"engagement\":{\"services\":[\"HELPDESK\"],\"mode\":\"REMOTE\",\"start\":\""
                + LocalDate.now(ZoneId.of("Europe/Paris")).minusMonths(6) + "\"},"
                + "\"rating\":" + rating + ",\"wouldRecommend\":" + (rating >= 4) + ","
                + "\"facts\":{\"unannouncedPriceIncrease\":false,\"subcontracting\":\"NO\",\"afterHoursIncident\":\"NEVER_NEEDED\"},"
                + "\"comment\":\"Client " + RUN + " " + i + " of the reputation-lag probe: "
                + OPENINGS[i % OPENINGS.length]
                + " The benchmark wrote this reference.\"}";
    }
}
