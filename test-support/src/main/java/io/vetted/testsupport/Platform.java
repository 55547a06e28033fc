package io.vetted.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole platform for a cross-service test: the five services from their packaged jars, each in
 * its own JVM on a free port with a fresh database, sharing one temporary {@code VETTED_HOME}, and a
 * {@link FakeCompanyRegister} in place of the public company register.
 * Jars are found under {@code vetted.root} (the repository, set by the build). {@link #replicated}
 * (or {@code -Dvetted.replicas=2}) runs every service as several replicas on the same database and
 * {@code VETTED_HOME} (so the same secrets) behind one HAProxy, through which every service and
 * web-ui call each other; {@link #address} is where a client reaches a service either way.
 */
public final class Platform implements AutoCloseable {

    // a service starts in seconds; the margin is for a 2-core machine that also compiles and runs browsers
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final int REPLICAS = Integer.getInteger("vetted.replicas", 1);

    public final ServiceProcess identity;
    public final ServiceProcess vendor;
    public final ServiceProcess review;
    public final ServiceProcess buyer;
    public final ServiceProcess web;
    private final Path home;
    private final Map<String, TestDatabases.TestDatabase> databases = new HashMap<>();
    private final FakeCompanyRegister register = new FakeCompanyRegister();
    private final Replicas replicas;
    private final Set<String> without;

    private Platform(String owner, Map<String, String> extra, int count, Set<String> without) {
        this.without = Set.copyOf(without);
        Path root = root();
        try {
            home = Files.createTempDirectory("vetted-platform");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path logs = root.resolve("e2e-tests/target/service-logs/" + owner);
        replicas = count > 1 ? new Replicas(count, home, logs) : null;
        // single: each service's own port; replicated: the load balancer's frontend for it
        int identityPort = freePort();
        int vendorPort = freePort();
        int reviewPort = freePort();
        int buyerPort = freePort();
        int webPort = freePort();
        Map<String, String> common = new HashMap<>(extra);
        if (replicas != null) {
            // web-ui believes the X-Forwarded-For HAProxy adds (identity and review trust 127.0.0.1 already)
            common.putIfAbsent("WEB_TRUSTED_PROXIES", "127.0.0.1");
        }
        common.put("VETTED_HOME", home.toString());
        common.put("IDENTITY_URL", "http://localhost:" + identityPort);
        common.put("VENDOR_URL", "http://localhost:" + vendorPort);
        common.put("REVIEW_URL", "http://localhost:" + reviewPort);
        common.put("BUYER_URL", "http://localhost:" + buyerPort);
        common.put("SITE_URL", "http://localhost:" + webPort);
        common.put("LOG_LEVEL", "INFO");
        // a test sends one request at a time; small pools leave connections for a second platform
        common.putIfAbsent("DATABASE_POOL_SIZE", "5");
        // tests hand browsers a class's access tokens as cookies, without the refresh cookie a real
        // sign-in sets: the longest lifetime identity allows keeps a long class signed in
        common.putIfAbsent("ACCESS_TOKEN_LIFETIME", "15m");
        // vendor-service asks this stand-in, never the real company register
        common.putIfAbsent("COMPANY_REGISTER_URL", register.url());
        identity =
                process(root, "identity-service", identityPort, logs, withDatabase(common, owner, "identity-service"));
        vendor = process(root, "vendor-service", vendorPort, logs, withDatabase(common, owner, "vendor-service"));
        review = process(root, "review-service", reviewPort, logs, withDatabase(common, owner, "review-service"));
        // few tests call buyer-service: a small pool and few threads keep its share of the machine small
        Map<String, String> buyerEnv = withDatabase(common, owner, "buyer-service");
        buyerEnv.putIfAbsent("BLOCKING_THREADS", "4");
        buyerEnv.put("DATABASE_POOL_SIZE", extra.getOrDefault("DATABASE_POOL_SIZE", "2"));
        buyer = process(root, "buyer-service", buyerPort, logs, buyerEnv);
        // a service left out is never started: a test that calls it anyway fails on the refused connection
        web = without.contains("web-ui")
                ? service(root, "web-ui", webPort, logs, common)
                : process(root, "web-ui", webPort, logs, common);
    }

    /** Starts all five services in parallel and waits until each is ready. */
    public static Platform start(Class<?> owner) {
        return start(owner, Map.of());
    }

    /** As {@link #start(Class)}; {@code -Dvetted.replicas=2} starts it {@link #replicated}. */
    public static Platform start(Class<?> owner, Map<String, String> environment) {
        return replicated(owner, environment, REPLICAS);
    }

    /**
     * Every service as {@code count} replicas behind one HAProxy (the services' URLs are its
     * frontends); {@code count} 1 is {@link #start(Class, Map)} without a load balancer.
     */
    public static Platform replicated(Class<?> owner, Map<String, String> environment, int count) {
        return start(owner, environment, count, Set.of());
    }

    /**
     * As {@link #start(Class, Map)} without web-ui, for a class that only calls the services' APIs:
     * one JVM fewer to start on a machine that runs two platforms at once (CI time).
     */
    public static Platform withoutWebUi(Class<?> owner, Map<String, String> environment) {
        return start(owner, environment, REPLICAS, Set.of("web-ui"));
    }

    private static Platform start(Class<?> owner, Map<String, String> environment, int count, Set<String> without) {
        Platform platform = new Platform(owner.getSimpleName(), environment, count, without);
        try {
            if (platform.replicas != null) {
                platform.replicas.balancer().start();
            }
            platform.startAndAwait(platform.all());
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** Every service process started, all replicas of each when replicated. */
    public List<ServiceProcess> all() {
        List<ServiceProcess> first = Stream.of(identity, vendor, review, buyer, web)
                .filter(s -> !without.contains(s.name()))
                .toList();
        return replicas == null
                ? first
                : first.stream().flatMap(s -> replicas.of(s).stream()).toList();
    }

    /** The replicas of {@code service} (one of this platform's fields), itself first; itself alone when not replicated. */
    public List<ServiceProcess> replicas(ServiceProcess service) {
        return replicas == null ? List.of(service) : replicas.of(service);
    }

    /** An outage of the whole service: every replica of {@code service} stopped (SIGTERM). */
    public void stop(ServiceProcess service) {
        replicas(service).parallelStream().forEach(ServiceProcess::stop);
    }

    /** A crash of the whole service: every replica of {@code service} killed (SIGKILL). */
    public void kill(ServiceProcess service) {
        replicas(service).parallelStream().forEach(ServiceProcess::kill);
    }

    /** Every replica of {@code service} started again; returns once each is ready (and, replicated, in rotation). */
    public void restart(ServiceProcess service) {
        startAndAwait(replicas(service));
    }

    private void startAndAwait(List<ServiceProcess> services) {
        services.forEach(ServiceProcess::start);
        CompletableFuture.allOf(services.stream()
                        .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(START_TIMEOUT)))
                        .toArray(CompletableFuture[]::new))
                .join();
        balancer().ifPresent(b -> b.awaitAllUp(Duration.ofSeconds(30)));
    }

    /** Where clients and the other services reach {@code service}: its load balancer when replicated. */
    public String address(ServiceProcess service) {
        return replicas == null ? service.url() : replicas.address(service);
    }

    /** What every replica of {@code service} logged: a request through the load balancer may reach any of them. */
    public String logs(ServiceProcess service) {
        StringBuilder logs = new StringBuilder();
        for (ServiceProcess replica : replicas(service)) {
            try {
                logs.append(Files.readString(replica.log()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return logs.toString();
    }

    /** The load balancer in front of the replicas; absent when not replicated. */
    public Optional<LoadBalancer> balancer() {
        return Optional.ofNullable(replicas).map(Replicas::balancer);
    }

    public Path home() {
        return home;
    }

    /** The database a service runs on, for tests that check what a series of calls changed. */
    public TestDatabases.TestDatabase database(ServiceProcess service) {
        return Objects.requireNonNull(databases.get(service.name()), service.name() + " has no database");
    }

    /** The company register vendor-service asks: a test says which SIRENs it lists. */
    public FakeCompanyRegister register() {
        return register;
    }

    /** The mails identity-service wrote instead of sending them (no SMTP server in platform tests). */
    public MailLog mail() {
        return new MailLog(home.resolve("logs").resolve("mail.log"));
    }

    @Override
    public void close() {
        // in parallel: a service that records its class-data archive takes seconds to stop
        all().parallelStream().forEach(ServiceProcess::stop);
        if (replicas != null) {
            replicas.balancer().close();
        }
        register.close();
    }

    /**
     * One service alone, from its packaged jar, on a free port, e.g. review-service on a database a
     * test filled itself; {@code environment} names its database and anything else it needs.
     */
    public static ServiceProcess alone(String module, Class<?> owner, Map<String, String> environment) {
        Path root = root();
        Path logs = Path.of("target", "service-logs", owner.getSimpleName());
        return service(root, module, freePort(), logs, environment);
    }

    private ServiceProcess process(Path root, String module, int port, Path logs, Map<String, String> env) {
        if (replicas == null) {
            return service(root, module, port, logs, env);
        }
        return replicas.add(module, port, i -> service(root, module, freePort(), logs.resolve("replica-" + i), env));
    }

    /** The repository, as the build sets it. */
    private static Path root() {
        return Path.of(System.getProperty("vetted.root", ".."));
    }

    private static ServiceProcess service(Path root, String module, int port, Path logs, Map<String, String> env) {
        Path jar = root.resolve(module).resolve("target").resolve(module + ".jar");
        return new ServiceProcess(module, jar, port, Map.copyOf(env), logs);
    }

    private Map<String, String> withDatabase(Map<String, String> common, String owner, String module) {
        TestDatabases.TestDatabase database = TestDatabases.migrated(
                owner + module.replace("-service", ""),
                module,
                root().resolve(module).resolve(PostgresTest.MIGRATIONS));
        databases.put(module, database);
        Map<String, String> env = new HashMap<>(common);
        env.put("DATABASE_URL", database.url());
        env.put("DATABASE_USER", database.user());
        env.put("DATABASE_PASSWORD", database.password());
        return env;
    }

    static int freePort() {
        return Ports.free();
    }
}
