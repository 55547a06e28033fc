package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The packaged demo loader ({@code seed demo}) run against a platform as {@code ./run} runs it, with
 * its demo and moderator passwords and its TOTP file in the platform's home; its output goes to
 * {@code e2e-tests/target/service-logs/<owner>/seed.log}.
 */
final class DemoLoader {

    private final Platform platform;
    private final int providers;
    private final Path log;
    private final Path password;
    private final Path moderatorPassword;

    DemoLoader(Platform platform, Class<?> owner, int providers) throws IOException {
        this.platform = platform;
        this.providers = providers;
        Path root = Path.of(System.getProperty("vetted.root", ".."));
        this.log = root.resolve("e2e-tests/target/service-logs/" + owner.getSimpleName() + "/seed.log");
        Files.createDirectories(log.getParent());
        this.password = Files.writeString(platform.home().resolve("demo-password"), Api.PASSWORD);
        this.moderatorPassword =
                Files.writeString(platform.home().resolve("moderator-password"), Sessions.MODERATOR_PASSWORD);
    }

    /** Starts a load; its output is appended to the log. */
    Process start() throws IOException {
        Path root = Path.of(System.getProperty("vetted.root", ".."));
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        root.resolve("seed/target/seed.jar").toString(),
                        "demo",
                        "--identity",
                        platform.address(platform.identity),
                        "--vendor",
                        platform.address(platform.vendor),
                        "--review",
                        platform.address(platform.review),
                        "--buyer",
                        platform.address(platform.buyer),
                        "--password-file",
                        password.toString(),
                        "--mail-log",
                        platform.home().resolve("logs/mail.log").toString(),
                        "--providers",
                        String.valueOf(providers),
                        "--moderator-email",
                        Sessions.MODERATOR_EMAIL,
                        "--moderator-password-file",
                        moderatorPassword.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** Runs a load to its end, asserting that it succeeded, and returns the last line it printed. */
    String run() throws Exception {
        return run(300);
    }

    /** As {@link #run()}, for a load of the whole demo, which may take longer on a busy machine. */
    String run(int seconds) throws Exception {
        Process load = start();
        assertThat(load.waitFor(seconds, TimeUnit.SECONDS))
                .as("the demo loader finished; see %s", log)
                .isTrue();
        assertThat(load.exitValue())
                .as("the demo loader's exit code; see %s", log)
                .isZero();
        var lines = Files.readAllLines(log);
        return lines.stream()
                .filter(line -> line.contains(" references (this load: "))
                .reduce((first, second) -> second)
                .orElseThrow();
    }
}
