package io.vetted.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** bench/results/PRICE-WATCH-CHAIN.md from {@link PriceWatchChainBench}'s rounds. */
final class ChainReport {

    private static final long QUEUED_TARGET_MS = 5_000;

    private ChainReport() {}

    static void write(Path root, int watchers, List<PriceWatchChainBench.Round> rounds) {
        StringBuilder report = new StringBuilder()
                .append("# Price watch, whole chain: ")
                .append(watchers)
                .append(" watchers of one provider\n\n")
                .append("Written by `bench/price-watch-chain` on ")
                .append(LocalDate.now(ZoneOffset.UTC))
                .append(" (")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; the five services as the e2e tests start them, database pools of 10, ")
                .append("identity-service mailing through GreenMail over SMTP).\n\n")
                .append("Each round: the owner saves a price rise; vendor-service's outbox hands it to ")
                .append("buyer-service, which stores the recipients and hands them to identity-service in one ")
                .append("call; identity-service stores one notification per watcher and queues its mail; the ")
                .append("mail drain sends them. Times from the owner's acknowledged save. Meanwhile another ")
                .append("provider's owner saves 20 times, as before the round with nothing else running.\n\n")
                .append("| round | save ms | buyer-service has it, ms | all alerts queued, ms | target ≤ 5000 |")
                .append(" mails sent in, s | mails/s | other saves idle p50/max ms | other saves during p50/max ms |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < rounds.size(); i++) {
            PriceWatchChainBench.Round round = rounds.get(i);
            double seconds = round.mailedMs() / 1000.0;
            report.append("| ")
                    .append(i + 1)
                    .append(" | ")
                    .append(round.saveMs())
                    .append(" | ")
                    .append(round.receivedMs())
                    .append(" | ")
                    .append(round.queuedMs())
                    .append(" | ")
                    .append(round.queuedMs() <= QUEUED_TARGET_MS ? "PASS" : "MISS")
                    .append(" | ")
                    .append(String.format("%.1f%s", seconds, round.allMailed() ? "" : " (not all)"))
                    .append(" | ")
                    .append(String.format("%.0f", watchers / Math.max(seconds, 0.001)))
                    .append(" | ")
                    .append(spread(round.idleSaves()))
                    .append(" | ")
                    .append(spread(round.busySaves()))
                    .append(" |\n");
        }
        try {
            Path file = root.resolve("bench/results/PRICE-WATCH-CHAIN.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String spread(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().collect(Collectors.toList());
        return sorted.get(sorted.size() / 2) + " / " + sorted.get(sorted.size() - 1);
    }
}
