package io.vetted.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL server tests run against, chosen once per JVM with zero configuration:
 *
 * <ol>
 *   <li>{@code VETTED_TEST_JDBC_URL} (with {@code VETTED_TEST_DB_USER}/{@code VETTED_TEST_DB_PASSWORD}) when set;
 *   <li>else a Testcontainers {@code postgres:16-alpine} when a Docker daemon answers;
 *   <li>else the local server on 127.0.0.1:5432 ({@code VETTED_TEST_LOCAL_PORT} changes the port) as
 *       {@code postgres}, when it accepts a connection;
 *   <li>else an embedded PostgreSQL 16 started for this JVM (binaries from a Maven Central artifact).
 * </ol>
 *
 * @param baseUrl JDBC URL of the server without a database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}
 */
public record PostgresServer(String baseUrl, String maintenanceDatabase, String user, String password, String origin) {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static PostgresServer instance;

    public static synchronized PostgresServer get() {
        if (instance == null) {
            instance = resolve();
            LOG.info("Tests use PostgreSQL from {} at {}", instance.origin(), instance.baseUrl());
        }
        return instance;
    }

    /**
     * Makes every later {@link #get()} answer {@code server}: a fault drill's own server, which it
     * stops and starts, never the one other tests share.
     */
    public static synchronized void use(PostgresServer server) {
        instance = server;
    }

    public String url(String database) {
        return baseUrl + database;
    }

    private static PostgresServer resolve() {
        String explicit = System.getenv("VETTED_TEST_JDBC_URL");
        if (explicit != null && !explicit.isBlank()) {
            return fromUrl(explicit, env("VETTED_TEST_DB_USER", "postgres"), env("VETTED_TEST_DB_PASSWORD", ""));
        }
        if (dockerAnswers()) {
            return startContainer();
        }
        return local(Integer.parseInt(env("VETTED_TEST_LOCAL_PORT", "5432"))).orElseGet(PostgresServer::startEmbedded);
    }

    private static PostgresServer fromUrl(String jdbcUrl, String user, String password) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath() == null || uri.getPath().length() <= 1
                ? "postgres"
                : uri.getPath().substring(1);
        String base = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/";
        return new PostgresServer(base, database, user, password, "VETTED_TEST_JDBC_URL");
    }

    private static boolean dockerAnswers() {
        boolean socket = Files.exists(Path.of("/var/run/docker.sock"));
        if (!socket && System.getenv("DOCKER_HOST") == null) {
            return false; // nothing to ask; spares Testcontainers' loud search
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static Optional<PostgresServer> local(int port) {
        String base = "jdbc:postgresql://127.0.0.1:" + port + "/";
        try (Connection ignored = DriverManager.getConnection(base + "postgres?connectTimeout=5", "postgres", "")) {
            return Optional.of(new PostgresServer(base, "postgres", "postgres", "", "the local server"));
        } catch (SQLException e) {
            LOG.info("No usable PostgreSQL on 127.0.0.1:{} ({})", port, e.getMessage());
            return Optional.empty();
        }
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook below
    private static PostgresServer startContainer() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine")
                .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=400");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-stop"));
        // The mapped port is published on the daemon's host; for a local daemon that is loopback.
        String host = System.getenv().getOrDefault("TESTCONTAINERS_HOST_OVERRIDE", "127.0.0.1");
        String base = "jdbc:postgresql://" + host + ":" + container.getMappedPort(5432) + "/";
        return new PostgresServer(
                base,
                container.getDatabaseName(),
                container.getUsername(),
                container.getPassword(),
                "Testcontainers (postgres:16-alpine)");
    }

    /** A throw-away server for this JVM: zonky deletes its data directory when it stops at exit. */
    static PostgresServer startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C.UTF-8")
                    // platform tests run four services with a pool each, as the container above allows
                    .setServerConfig("max_connections", "400")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .start();
            String base = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
            // said louder than the other choices: a test run on a machine without PostgreSQL should say so
            LOG.warn("No PostgreSQL server answered: tests use an embedded PostgreSQL 16 on {}", base);
            return new PostgresServer(base, "postgres", "postgres", "", "an embedded PostgreSQL 16 (zonky)");
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL answered and the embedded one did not start", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
