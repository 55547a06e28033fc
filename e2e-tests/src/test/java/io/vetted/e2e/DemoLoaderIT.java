package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo loader, killed part-way, completes the demo on its next run and doubles nothing. */
@OnPlatform(webUi = false)
class DemoLoaderIT {

    private static final int PROVIDERS = 4;
    private static final Pattern SUMMARY =
            Pattern.compile("(\\d+) providers, (\\d+) client accounts and (\\d+) references");

    private Platform platform;
    private DemoLoader loader;

    @BeforeAll
    void start() throws Exception {
        loader = new DemoLoader(platform, getClass(), PROVIDERS);
    }

    @Test
    void completesALoadKilledWhileProfilesAndThenReferencesWereLoading() throws Exception {
        killWhen(platform.vendor, "SELECT count(*) FROM provider", 2);
        assertThat(count(platform.identity, "SELECT count(*) FROM mfa_enrolment WHERE confirmed_at IS NOT NULL"))
                .as("the killed load left second factors on, which the next one must sign in with")
                .isPositive();
        killWhen(platform.review, "SELECT count(*) FROM reference", 3);
        long interrupted = count(platform.review, "SELECT count(*) FROM reference");

        String completed = loader.run();

        Matcher summary = SUMMARY.matcher(completed);
        assertThat(summary.find()).as(completed).isTrue();
        assertThat(summary.group(1)).isEqualTo(String.valueOf(PROVIDERS));
        assertThat(summary.group(2)).isEqualTo(String.valueOf(2 * PROVIDERS));
        long references = Long.parseLong(summary.group(3));
        assertThat(count(
                        platform.identity,
                        "SELECT count(*) FROM account WHERE (email LIKE 'prestataire%@demo.vetted.fr'"
                                + " OR email LIKE 'client%') AND email_verified_at IS NOT NULL"))
                .isEqualTo(3 * PROVIDERS);
        assertThat(count(platform.identity, "SELECT count(*) FROM mfa_enrolment WHERE confirmed_at IS NOT NULL"))
                .as("every second factor the loads turned on is off again")
                .isZero();
        assertThat(count(platform.vendor, "SELECT count(*) FROM provider WHERE status = 'PUBLISHED'"))
                .isEqualTo(PROVIDERS);
        assertThat(count(platform.vendor, "SELECT count(*) FROM provider")).isEqualTo(PROVIDERS);
        assertThat(count(platform.vendor, "SELECT count(*) FROM compliance_claim WHERE status = 'VERIFIED'"))
                .isPositive();
        assertThat(count(platform.review, "SELECT count(*) FROM reference")).isEqualTo(references);
        assertThat(references).isGreaterThan(interrupted).isBetween(2L * PROVIDERS, 3L * 2 * PROVIDERS);
        assertThat(count(
                        platform.review,
                        "SELECT count(DISTINCT provider_id) FROM reference WHERE status = 'UNDER_REVIEW'"))
                .as("the demo moderator cleared the cases of every provider but the last two")
                .isLessThanOrEqualTo(2);
        assertThat(count(platform.review, "SELECT count(*) FROM reference WHERE status = 'PUBLISHED'"))
                .isPositive();
        assertThat(count(platform.buyer, "SELECT count(*) FROM requirements")).isOne();
        assertThat(count(platform.buyer, "SELECT count(*) FROM shortlist")).isEqualTo(2);
        assertThat(count(platform.buyer, "SELECT count(*) FROM shortlist_entry WHERE note IS NOT NULL"))
                .isEqualTo(5);
        assertThat(count(platform.buyer, "SELECT count(*) FROM shortlist_entry WHERE status = 'REJECTED'"))
                .isOne();
        assertThat(count(platform.buyer, "SELECT count(*) FROM quote_request WHERE status = 'ANSWERED'"))
                .isEqualTo(2);
        assertThat(priceAlertsOfTheDemoBuyer())
                .as("the demo's price rise reached the demo buyer's notification centre")
                .isOne();
        long workspace = count(platform.buyer, "SELECT sum(version) FROM shortlist_entry")
                + count(platform.buyer, "SELECT sum(version) FROM quote_request");

        assertThat(loader.run())
                .as("a complete demo is left as it is")
                .contains("already complete")
                .contains(" and " + references + " references")
                .contains("0 accounts created, 0 profiles published, 0 claims verified, 0 references posted");
        assertThat(count(platform.buyer, "SELECT sum(version) FROM shortlist_entry")
                        + count(platform.buyer, "SELECT sum(version) FROM quote_request"))
                .as("the demo buyer's workspace is left as it is")
                .isEqualTo(workspace);
        assertThat(priceAlertsOfTheDemoBuyer()).as("the rise is announced once").isOne();
    }

    /** Waits up to 30 s for the price watch's chain (vendor's outbox, buyer, identity) to deliver. */
    private long priceAlertsOfTheDemoBuyer() throws Exception {
        String query = "SELECT count(*) FROM notification n JOIN account a ON a.id = n.account_id"
                + " WHERE a.email = 'acheteur@demo.vetted.fr' AND n.kind = 'PRICE_ALERT'"
                // the watch also tells of low ratings, which the demo's references may give
                + " AND (n.subject LIKE '%prix%' OR n.subject LIKE '%price%')";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count(platform.identity, query) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        return count(platform.identity, query);
    }

    /** Runs the loader and kills it (SIGKILL) as soon as the query counts {@code rows}. */
    private void killWhen(ServiceProcess service, String query, long rows) throws Exception {
        Process load = loader.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (count(service, query) < rows) {
            assertThat(load.isAlive()).as("the load still runs").isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(20);
        }
        load.destroyForcibly().waitFor();
    }

    private long count(ServiceProcess service, String query) throws SQLException {
        try (Connection connection = platform.database(service).connect();
                var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
