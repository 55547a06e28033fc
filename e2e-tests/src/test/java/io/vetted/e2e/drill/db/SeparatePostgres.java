package io.vetted.e2e.drill.db;

import io.vetted.testsupport.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of a drill's own, from the Debian binaries, that the drill may stop as a
 * crash would ({@code pg_ctl -m immediate}) and start again on the same data directory and port.
 * The shared server on 5432 is never touched. PostgreSQL refuses to run as root, so the binaries
 * run as {@code postgres} when the drill is root (zonky's embedded server cannot, hence not used).
 * Commits wait for the disk, as in production: the role's setting overrides the test databases'.
 */
public final class SeparatePostgres implements AutoCloseable {

    private static final Path BIN = Path.of(System.getenv().getOrDefault("PG_BIN", "/usr/lib/postgresql/15/bin"));

    private final Path dir;
    private final Path data;
    private final int port;

    private SeparatePostgres(Path dir, int port) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** Creates, starts and makes the tests' server (for {@code Platform}) a fresh cluster on a free port near {@code near}. */
    public static SeparatePostgres startNear(int near) {
        try {
            Path dir = Files.createTempDirectory("vetted-drill-pg");
            SeparatePostgres server = new SeparatePostgres(dir, freePort(near));
            server.run(5, "chown", "postgres", dir.toString());
            server.asPostgres(
                    60,
                    "initdb",
                    "-D",
                    server.data.toString(),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8");
            server.start();
            server.sql("ALTER ROLE postgres SET synchronous_commit = on");
            PostgresServer.use(new PostgresServer(
                    server.baseUrl(), "postgres", "postgres", "", "the drill's own PostgreSQL on " + server.port));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    public void start() {
        asPostgres(
                120,
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                dir.resolve("server.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=300",
                "start");
    }

    /** SIGQUIT to the postmaster: no checkpoint, what was not flushed is gone, as in a crash. */
    public void stopImmediately() {
        asPostgres(60, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    public Path log() {
        return dir.resolve("server.log");
    }

    @Override
    public void close() {
        try {
            asPostgres(60, "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the drill and not started again
        }
        run(30, "rm", "-rf", dir.toString());
    }

    private void sql(String statement) {
        try (var connection = DriverManager.getConnection(baseUrl() + "postgres", "postgres", "");
                var s = connection.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void asPostgres(int seconds, String tool, String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BIN.resolve(tool).toString());
        command.addAll(List.of(arguments));
        run(seconds, command.toArray(String[]::new));
    }

    private void run(int seconds, String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("commands.log").toFile())
                    .start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", command) + " failed: " + Files.readString(dir.resolve("commands.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort(int near) {
        for (int port = near; port < near + 50; port++) {
            try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try the next
            }
        }
        throw new IllegalStateException("No free port from " + near);
    }
}
