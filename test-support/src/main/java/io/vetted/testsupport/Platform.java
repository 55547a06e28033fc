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
import java.util.concurrent.CompletableFuture;

/**
 * The whole platform for a cross-service test: the five services from their packaged jars, each in
 * its own JVM on a free port with a fresh database, sharing one temporary {@code VETTED_HOME}, and a
 * {@link FakeCompanyRegister} in place of the public company register.
 * Jars are found under {@code vetted.root} (the repository, set by the build).
 */
public final class Platform implements AutoCloseable {

    // a service starts in seconds; the margin is for a 2-core machine that also compiles and runs browsers
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    public final ServiceProcess identity;
    public final ServiceProcess vendor;
    public final ServiceProcess review;
    public final ServiceProcess buyer;
    public final ServiceProcess web;
    private final Path home;
    private final Map<String, TestDatabases.TestDatabase> databases = new HashMap<>();
    private final FakeCompanyRegister register = new FakeCompanyRegister();

    private Platform(String owner, Map<String, String> extra) {
        Path root = Path.of(System.getProperty("vetted.root", ".."));
        try {
            home = Files.createTempDirectory("vetted-platform");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path logs = root.resolve("e2e-tests/target/service-logs/" + owner);
        int identityPort = freePort();
        int vendorPort = freePort();
        int reviewPort = freePort();
        int buyerPort = freePort();
        int webPort = freePort();
        Map<String, String> common = new HashMap<>(extra);
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
                service(root, "identity-service", identityPort, logs, withDatabase(common, owner, "identity-service"));
        vendor = service(root, "vendor-service", vendorPort, logs, withDatabase(common, owner, "vendor-service"));
        review = service(root, "review-service", reviewPort, logs, withDatabase(common, owner, "review-service"));
        // few tests call buyer-service: a small pool and few threads keep its share of the machine small
        Map<String, String> buyerEnv = withDatabase(common, owner, "buyer-service");
        buyerEnv.putIfAbsent("BLOCKING_THREADS", "4");
        buyerEnv.put("DATABASE_POOL_SIZE", extra.getOrDefault("DATABASE_POOL_SIZE", "2"));
        buyer = service(root, "buyer-service", buyerPort, logs, buyerEnv);
        web = service(root, "web-ui", webPort, logs, common);
    }

    /** Starts all five services in parallel and waits until each is ready. */
    public static Platform start(Class<?> owner) {
        return start(owner, Map.of());
    }

    public static Platform start(Class<?> owner, Map<String, String> environment) {
        Platform platform = new Platform(owner.getSimpleName(), environment);
        try {
            List<ServiceProcess> all = platform.all();
            all.forEach(ServiceProcess::start);
            CompletableFuture.allOf(all.stream()
                            .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(START_TIMEOUT)))
                            .toArray(CompletableFuture[]::new))
                    .join();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public List<ServiceProcess> all() {
        return List.of(identity, vendor, review, buyer, web);
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
        register.close();
    }

    /**
     * One service alone, from its packaged jar, on a free port, e.g. review-service on a database a
     * test filled itself; {@code environment} names its database and anything else it needs.
     */
    public static ServiceProcess alone(String module, Class<?> owner, Map<String, String> environment) {
        Path root = Path.of(System.getProperty("vetted.root", ".."));
        Path logs = Path.of("target", "service-logs", owner.getSimpleName());
        return service(root, module, freePort(), logs, environment);
    }

    private static ServiceProcess service(Path root, String module, int port, Path logs, Map<String, String> env) {
        Path jar = root.resolve(module).resolve("target").resolve(module + ".jar");
        return new ServiceProcess(module, jar, port, Map.copyOf(env), logs);
    }

    private Map<String, String> withDatabase(Map<String, String> common, String owner, String module) {
        TestDatabases.TestDatabase database = TestDatabases.create(owner + module.replace("-service", ""));
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
