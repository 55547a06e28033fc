package io.vetted.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vetted.testsupport.Platform;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The whole price-watch chain at scale, run by {@code bench/price-watch-chain} (never by the build:
 * it measures, it asserts nothing about time). One provider watched by {@code vetted.bench.watchers}
 * buyers raises its price: how long the owner's save takes, how long until every alert is stored in
 * identity-service (the "queued within 5 seconds") and until every mail reached a real SMTP
 * server (GreenMail), and whether saves of another provider slow down meanwhile. Writes
 * bench/results/PRICE-WATCH-CHAIN.md.
 */
class PriceWatchChainBench {

    private static final int WATCHERS = Integer.getInteger("vetted.bench.watchers", 10_000);
    private static final int ROUNDS = Integer.getInteger("vetted.bench.rounds", 3);
    private static final int SAVES = 20;

    @Test
    void measureThePriceWatchChain() throws Exception {
        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        Map<String, String> env = new HashMap<>(Sessions.withModerator());
        env.put("DATABASE_POOL_SIZE", "10");
        try (Platform platform = Platform.start(PriceWatchChainBench.class, env);
                Api api = new Api(platform);
                QuoteRequests buyers = new QuoteRequests(platform);
                AlertState alerts = new AlertState(platform)) {
            WatchedProvider watched = WatchedProvider.publish(api, "Brest Infogérance");
            WatchedProvider quiet = WatchedProvider.publish(api, "Quimper Infogérance");
            Api.Account first = api.signUpAccount("SME", "Cabinet Kerjean");
            String shortlist = buyers.shortlist(first.accessToken(), watched.id());
            Watchers.copy(platform, first.id(), UUID.fromString(shortlist), WATCHERS - 1, true);
            // sign-ups read their links from the mail log; the measure mails through SMTP
            platform.identity.stop();
            platform.identity
                    .start(Map.of(
                            "SMTP_HOST", "127.0.0.1",
                            "SMTP_PORT", String.valueOf(smtpPort),
                            "SMTP_STARTTLS", "false"))
                    .awaitReady(Duration.ofSeconds(120));
            int mailsBefore = smtp.getReceivedMessages().length;

            List<Round> rounds = new ArrayList<>();
            Set<UUID> known = new HashSet<>();
            for (int round = 0; round < ROUNDS; round++) {
                List<Long> idle = saves(api, quiet);
                CompletableFuture<List<Long>> during = CompletableFuture.supplyAsync(() -> saves(api, quiet));
                long save = watched.raise(api).toMillis();
                long acknowledged = System.nanoTime();
                UUID event = AlertState.poll(Duration.ofSeconds(60), () -> alerts.received(watched.id(), known));
                long received = System.nanoTime();
                known.add(event);
                AlertState.poll(
                        Duration.ofSeconds(120),
                        () -> alerts.notifications(event).total() >= WATCHERS ? Boolean.TRUE : null);
                long queued = System.nanoTime();
                boolean all = smtp.waitForIncomingEmail(600_000, mailsBefore + WATCHERS * (round + 1));
                long mailed = System.nanoTime();
                rounds.add(new Round(
                        save,
                        millis(acknowledged, received),
                        millis(acknowledged, queued),
                        millis(queued, mailed),
                        all,
                        idle,
                        during.get()));
            }
            ChainReport.write(Path.of(System.getProperty("vetted.root", "..")), WATCHERS, rounds);
        } finally {
            smtp.stop();
        }
    }

    private static List<Long> saves(Api api, WatchedProvider provider) {
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < SAVES; i++) {
            took.add(provider.raise(api).toMillis());
        }
        return took;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Round(
            long saveMs,
            long receivedMs,
            long queuedMs,
            long mailedMs,
            boolean allMailed,
            List<Long> idleSaves,
            List<Long> busySaves) {}
}
