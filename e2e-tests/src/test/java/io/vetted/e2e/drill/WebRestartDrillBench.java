package io.vetted.e2e.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.e2e.DrillAccounts;
import io.vetted.testsupport.Platform;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Drill 4, run by {@code bench/drill web-restart} (never by the build): clients signed in through
 * web-ui's sign-in form keep posting the reference form while web-ui is restarted, stopped then
 * started and killed (SIGKILL) while form posts are in flight. Each client must stay signed in with
 * the cookies it had, and no form may take effect twice (a post repeated after a lost answer carries
 * the form's idempotency key). Writes bench/results/DRILL-WEB-RESTART.md.
 */
class WebRestartDrillBench {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final int SESSIONS = Integer.getInteger("vetted.drill.sessions", 15);

    @Test
    void signedInClientsStaySignedInAndNoFormTakesEffectTwiceAcrossWebUiRestarts() throws Exception {
        DrillOptions options = DrillOptions.fromSystemProperties();
        try (Platform platform = Platform.start(WebRestartDrillBench.class, Drill.environment())) {
            Http http = new Http();
            Ledger ledger = new Ledger(WriteKind.SITE_FORM);
            Retrying retrying = new Retrying(Duration.ofSeconds(150));
            List<SiteFormClient> clients = new ArrayList<>();
            List<UUID> providers = new ArrayList<>();
            try (DrillAccounts accounts = new DrillAccounts(platform)) {
                for (int i = 0; i < options.providers(); i++) {
                    providers.add(accounts.provider("Vannes Informatique " + i, "Vannes")
                            .provider());
                }
                for (int i = 0; i < options.clientsPerKind(); i++) {
                    List<SiteFormClient.Writer> writers = new ArrayList<>();
                    for (int j = 0; j < SESSIONS; j++) {
                        DrillAccounts.Signed client = accounts.client("Cabinet Site " + i + "-" + j);
                        SiteSession session = new SiteSession(http, platform.address(platform.web));
                        assertThat(session.signIn(client.email(), DrillAccounts.password()))
                                .isTrue();
                        writers.add(new SiteFormClient.Writer(client.id(), session));
                    }
                    clients.add(new SiteFormClient(writers, retrying, ledger, providers));
                }
            }
            WriteLoad load = new WriteLoad(clients, options.ratePerClient()).start();
            List<Restart> restarts = new ArrayList<>();
            try (Killer killer = new Killer(platform, http)) {
                LockSupport.parkNanos(options.warmUp().toNanos());
                for (int round = 1; round <= options.rounds(); round++) {
                    Map<UUID, Map<String, String>> cookies = cookies(clients);
                    Kill stopped = killer.stop(platform.web, round, killer.inFlight(platform.web), PATIENCE);
                    restarts.add(Restart.after(stopped, clients, cookies));
                    LockSupport.parkNanos(options.warmUp().toNanos());
                    cookies = cookies(clients);
                    Kill killed = killer.kill(
                            platform.web, round, killer.committedUnanswered(() -> unanswered(clients)), PATIENCE);
                    restarts.add(Restart.after(killed, clients, cookies));
                    LockSupport.parkNanos(options.warmUp().toNanos());
                }
            }
            load.stop();
            Tally tally;
            try (Connection review = platform.database(platform.review).connect()) {
                tally = ReferenceCheck.check(ledger, authors(clients), review);
            }
            ReputationCheck.Result reputation = ReputationCheck.check(platform, providers, Duration.ofSeconds(120));
            long signedOut =
                    clients.stream().mapToLong(SiteFormClient::signedOut).sum();
            List<Kill> kills = restarts.stream()
                    .map(r -> r.kill().withRecovery(Map.of(WriteKind.SITE_FORM, first(ledger, r.kill()))))
                    .toList();
            new DrillReport("web-restart", "web-ui restarted under signed-in form posts", intro(options))
                    .writes(List.of(tally))
                    .kills(kills)
                    .section(
                            "Sessions across the restarts",
                            Restart.table(restarts) + "\nAnswers that sent a "
                                    + "signed-in client to the sign-in page during the whole drill: " + signedOut + ".")
                    .reputation(reputation)
                    .section(
                            "Answers clients could not read",
                            load.failures().isEmpty()
                                    ? "None."
                                    : load.failures().toString())
                    .write(Path.of(System.getProperty("vetted.root", "..")));
            assertThat(tally.lost()).as("forms lost").isZero();
            assertThat(tally.duplicated()).as("forms taking effect twice").isZero();
            assertThat(restarts).allSatisfy(r -> assertThat(r.stillSignedIn()).isEqualTo(r.clients()));
            assertThat(signedOut).isZero();
            assertThat(reputation.mismatches()).isEmpty();
        }
    }

    private static long first(Ledger ledger, Kill kill) {
        long first = ledger.firstSuccessAfter(kill.restartedAt());
        return first < 0 ? -1 : first - kill.restartedAt();
    }

    private static Map<UUID, Set<String>> authors(List<SiteFormClient> clients) {
        Map<UUID, Set<String>> authors = new HashMap<>();
        clients.forEach(c -> authors.putAll(c.keysSent()));
        return authors;
    }

    private static List<String> unanswered(List<SiteFormClient> clients) {
        return clients.stream()
                .map(SiteFormClient::unanswered)
                .filter(Objects::nonNull)
                .toList();
    }

    private static Map<UUID, Map<String, String>> cookies(List<SiteFormClient> clients) {
        Map<UUID, Map<String, String>> cookies = new HashMap<>();
        clients.forEach(c ->
                c.writers().forEach(w -> cookies.put(w.author(), w.session().cookies())));
        return cookies;
    }

    private static String intro(DrillOptions options) {
        return options.clientsPerKind() + " clients, each with " + SESSIONS + " authors signed in through web-ui's "
                + "sign-in form (a cookie jar per author, as a browser keeps), post the reference form at "
                + options.ratePerClient() + " forms/s per client, about " + options.providers() + " providers: "
                + "they open the form (its CSRF token and idempotency key), fill it in and post it, and post the "
                + "same form again when an answer is lost or is a 5xx. Meanwhile web-ui is stopped and started, "
                + "then killed (SIGKILL) once review-service has stored a posted form whose answer web-ui has not given yet "
                + "(or after " + PATIENCE.toSeconds() + " s) and started again, " + options.rounds()
                + " rounds. After each restart every client asks for a signed-in page with the cookies it had "
                + "before. Afterwards the forms each client was told were posted are compared with the "
                + "references review-service stores (by idempotency key).";
    }
}
