package io.vetted.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void comparesEachApiWithTheMedianOfItsSqlLimitAtTheSameConcurrency() throws IOException {
        String report = write(List.of(
                "saturation,sql,search_text,16,0,1,throughput,1000",
                "saturation,sql,search_text,16,0,2,throughput,1200",
                "saturation,sql,search_text,16,0,3,throughput,900",
                "saturation,api,search_text,16,0,1,throughput,800",
                "saturation,api,search_text,16,0,2,throughput,700",
                "saturation,api,search_text,16,0,3,throughput,850",
                "saturation,sql,provider,16,0,1,throughput,4000",
                "saturation,api,provider,16,0,1,throughput,1500"));

        assertThat(report)
                .contains("| Saturation | Search API, text + filters, by relevance, c=16 | 800/s (±9 %) | "
                        + "pgbench 1,000/s (±15 %) | 0.80 | ≥ 0.75 | PASS |");
        assertThat(report)
                .contains("| Provider API, one profile, c=16 | 1,500/s | pgbench 4,000/s | 0.38 | ≥ 0.5 | **MISS** |");
        assertThat(report)
                .contains("## Misses: why, and what would close them")
                .contains("**Saturation** (Provider API");
    }

    @Test
    void comparesTheProviderApiWithTheStatementsThatPutAProfileTogetherToo() throws IOException {
        String report = write(List.of(
                "saturation,sql,provider,16,0,1,throughput,9000",
                "saturation,sql,provider_build,16,0,1,throughput,2000",
                "saturation,api,provider,16,0,1,throughput,1500"));

        assertThat(report)
                .contains("| Provider API, one profile, c=16 | 1,500/s | pgbench 9,000/s | 0.17 | ≥ 0.5 | **MISS** |")
                .contains("| Provider API, one profile, c=16, against putting it together | 1,500/s "
                        + "| pgbench of provider_build.sql 2,000/s | 0.75 | ≥ 0.5 | PASS |");
    }

    @Test
    void allowsTheProviderApiThreeTimesItsSqlTail() throws IOException {
        String report =
                write(List.of("latency,api,provider,16,240,50,p99,25", "latency,sql,provider,16,240,50,p99,10"));

        assertThat(report).contains("| 25 ms | pgbench 10 ms | 2.50 | ≤ 3 | PASS |");
    }

    @Test
    void countsOnlySuccessfulAnswersAsThroughputAndSaysHowManyWereRefused() throws IOException {
        String report = write(List.of(
                "saturation,sql,search_text,64,0,1,throughput,4",
                "saturation,api,search_text,64,0,1,refused,12",
                "saturation,api,search_text,64,0,1,throughput,6",
                "saturation,api,search_deep,64,0,1,refused,0",
                "saturation,api,search_deep,64,0,1,throughput,500"));

        assertThat(report)
                .contains(
                        "| Search API, text + filters, by relevance, c=64 | 6/s, and 12/s refused (4xx/5xx, not counted) "
                                + "| pgbench 4/s | 1.50 |");
        assertThat(report).contains("| Search API, deep keyset page, no filter, c=64 | 500/s |");
    }

    @Test
    void judgesPagesAgainstTheApiTheyCallAndCeilingsAgainstTheirLimit() throws IOException {
        String report = write(List.of(
                "saturation,api,search_text,4,0,1,throughput,600", "saturation,web,web_search,4,0,1,throughput,400",
                "startup,vendor-service,ready,0,0,1,ms,900", "startup,vendor-service,ready,0,0,2,ms,800",
                "startup,vendor-service,ready,0,0,3,ms,1300", "rss,web-ui,after-run,0,0,1,MiB,300.5",
                "lag,review,reputation,0,100,1,p50,120", "lag,review,reputation,0,100,1,p99,450"));

        assertThat(report).contains("| Web UI | Web UI search page, c=4 | 400/s | API 600/s | 0.67 | ≥ 0.5 | PASS |");
        assertThat(report)
                .contains(
                        "| Start-up | vendor-service: JVM launch to ready | 900 ms (800–1,300) |  |  | ≤ 1,000 ms | PASS |");
        assertThat(report).contains("| Memory | web-ui: RSS after the run | 301 MiB |  |  | ≤ 256 MiB | **MISS** |");
        assertThat(report).contains("| Reputation lag | p99 at 100 references/s | 450 ms |  |  | ≤ 1,000 ms | PASS |");
    }

    @Test
    void judgesTheProviderPageAgainstSixTenthsOfItsThreeCallsTogether() throws IOException {
        String report = write(List.of(
                "saturation,api,provider,4,0,1,throughput,600",
                "saturation,review,review_reputation,4,0,1,throughput,600",
                "saturation,review,review_references,4,0,1,throughput,600",
                "saturation,web,web_provider,4,0,1,throughput,110"));

        assertThat(report)
                .contains(
                        "| Web UI | Web UI provider page, c=4 | 110/s | its 3 API calls 200/s | 0.55 | ≥ 0.6 | **MISS** |");
    }

    @Test
    void comparesTheTailAtHalfSaturationWithPgbenchAtTheSameRateAndPlotsTheCurves() throws IOException {
        String report = write(List.of(
                "latency,api,search_deep,16,120,25,p50,4", "latency,api,search_deep,16,120,25,p99,9",
                "latency,sql,search_deep,16,120,25,p50,2", "latency,sql,search_deep,16,120,25,p99,5",
                "latency,api,search_deep,16,240,50,p50,5", "latency,api,search_deep,16,240,50,p99,30",
                "latency,sql,search_deep,16,240,50,p50,2", "latency,sql,search_deep,16,240,50,p99,10"));

        assertThat(report)
                .contains("| Latency | Search API, deep keyset page, no filter: p99 at 50 % of saturation (240/s) "
                        + "| 30 ms | pgbench 10 ms | 3 | ≤ 2 | **MISS** |");
        assertThat(report).contains("| Search API, deep keyset page, no filter | 25 | 120 | API |  | 4 |  | 9 |");
        var png = ImageIO.read(dir.resolve("out/latency.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1280);
        assertThat(png.getHeight()).isEqualTo(800);
    }

    @Test
    void saysWhetherEachSqlScriptStillMatchesWhatTheServiceSends() throws IOException {
        String report = write(List.of("drift,sql,search_text,0,0,1,missing,0", "drift,sql,provider,0,0,1,missing,2"));

        assertThat(report)
                .contains(
                        "| SQL limit | bench/sql/search_text.sql is what vendor-service sends | yes |  |  | no drift | PASS |");
        assertThat(report)
                .contains(
                        "| SQL limit | bench/sql/provider.sql is what vendor-service sends | 2 statements missing |  |  "
                                + "| no drift | **MISS** |");
    }

    @Test
    void failsTheLagTargetWhenNoReferenceBecameVisible() throws IOException {
        String report = write(List.of(
                "lag,review,reputation,0,100,1,p99,0",
                "lag,review,reputation,0,100,1,seen,0",
                "lag,review,reputation,0,100,1,unseen,500",
                "lag,review,reputation,0,100,1,errors,500"));

        assertThat(report)
                .contains(
                        "| Reputation lag | p99 at 100 references/s | no reference became visible |  |  | ≤ 1,000 ms | **MISS** |")
                .contains(
                        "| Reputation lag | references accepted at 100/s (the rest refused or failed) | 500 of 1,000 |");
    }

    @Test
    void countsRefusedReferencesAsAWriteRateNotSustained() throws IOException {
        String report = write(List.of(
                "lag,review,reputation,0,100,1,p50,16000",
                "lag,review,reputation,0,100,1,p99,25000",
                "lag,review,reputation,0,100,1,seen,969",
                "lag,review,reputation,0,100,1,unseen,0",
                "lag,review,reputation,0,100,1,errors,2031"));

        assertThat(report)
                .contains(
                        "| Reputation lag | references accepted at 100/s (the rest refused or failed) | 969 of 3,000 |"
                                + "  |  | every one | **MISS** |");
    }

    @Test
    void setsLuceneBesidePgbenchAndTheApiAndKeepsItsRatesOutOfTheApisCurves() throws IOException {
        String report = write(List.of(
                "saturation,sql,search_text,16,0,1,throughput,1000",
                "saturation,api,search_text,16,0,1,throughput,800",
                "latency,api,search_text,16,400,50,p99,12",
                "latency,sql,search_text,16,400,50,p99,6",
                "lucene-index,lucene,all,0,0,1,build_seconds,4.2",
                "lucene-index,lucene,all,0,0,1,documents,10000",
                "lucene-index,lucene,all,0,0,1,size_mib,3.5",
                "lucene-agreement,lucene,search_filters,0,0,1,rows,144",
                "lucene-agreement,lucene,search_filters,0,0,1,equal_totals,144",
                "lucene-agreement,lucene,search_filters,0,0,1,equal_facets,143",
                "lucene-agreement,lucene,search_filters,0,0,1,difference_percent,0",
                "saturation,lucene,search_text,16,0,1,throughput,5000",
                "latency,lucene,search_text,16,2500,50,p99,3"));

        assertThat(report)
                .contains("| Lucene | Lucene, text + filters, c=16 (in process) | 5,000/s | pgbench 1,000/s, API 800/s "
                        + "| 5 × pgbench |  |  |");
        assertThat(report)
                .contains("| Lucene | Lucene, text + filters: p99 at 50 % of its own saturation (2,500/s, in process) "
                        + "| 3 ms | API 12 ms at 400/s |");
        assertThat(report)
                .contains("| Latency | Search API, text + filters, by relevance: p99 at 50 % of saturation (400/s) ");
        assertThat(report).contains("| 4.20 s, 3.50 MiB |");
        assertThat(report)
                .contains(
                        "| Lucene, filters only: totals equal to PostgreSQL's | 144 of 144 parameter rows, facet counts"
                                + " equal on 143; totals differ by 0 % in all |  |  | every row | **MISS** |");
    }

    private String write(List<String> lines) throws IOException {
        Path raw = Files.writeString(dir.resolve("raw.csv"), Figure.HEADER + "\n" + String.join("\n", lines) + "\n");
        Path machine = Files.writeString(
                dir.resolve("machine.properties"), "cpu=Test CPU\ncores=2\nproviders=10000\nrepetitions=3\n");
        ReportWriter.write(raw, machine, null, dir.resolve("out"));
        return Files.readString(dir.resolve("out/REPORT.md"));
    }
}
