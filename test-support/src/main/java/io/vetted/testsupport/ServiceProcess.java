package io.vetted.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Vetted service running from its packaged jar in its own JVM, as in production: started with
 * environment variables, ready when {@code /health/readiness} answers 200 on its management port
 * (health, metrics and the API document; a port of its own, as in production), stopped with SIGTERM.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final int port;
    private final int managementPort;
    private final Path log;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path logDirectory) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.managementPort = Ports.free();
        this.environment = environment;
        this.log = logDirectory.resolve(name + ".log");
    }

    public String name() {
        return name;
    }

    /** This process's own address; a test reaches the service through {@link Platform#address}, the load balancer when replicated. */
    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Where health, metrics and the API document answer; the public {@link #url()} hides them. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    Path jar() {
        return jar;
    }

    public Path log() {
        return log;
    }

    public ServiceProcess start() {
        return start(Map.of());
    }

    /** Starts with {@code overrides} on top of its environment (a restart with another setting). */
    public ServiceProcess start(Map<String, String> overrides) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the modules first (./mvnw verify does)");
        }
        // a JVM out of heap exits (and the test fails naming it) rather than hanging as a zombie: Micronaut
        // 4.10 can loop on DelayedExecutionFlow steps until the heap is gone (micronaut-core#12940; web-ui's
        // status routes were one trigger, see its ErrorPageFilter)
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(ClassDataArchive.options(this));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().putAll(overrides);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(managementPort));
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Blocks until the service reports ready, failing with its log's tail if it dies or takes too long. */
    public ServiceProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (ready()) {
                return this;
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + tail());
    }

    public boolean ready() {
        try {
            var request = HttpRequest.newBuilder(URI.create(managementUrl() + "/health/readiness"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** SIGTERM, as an orchestrator would; the service shuts down gracefully. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (process.waitFor(30, TimeUnit.SECONDS)) {
                ClassDataArchive.stopped(this);
            } else {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** SIGKILL, as a crash or an OOM killer would: no shutdown hook runs, in-flight work is cut off. */
    public void kill() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGSTOP: the process holds its sockets and leases but runs nothing until {@link #resume()}. */
    public void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + ": " + this.name + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
                    .inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
