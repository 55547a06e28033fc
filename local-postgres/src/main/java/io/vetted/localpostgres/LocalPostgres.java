package io.vetted.localpostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * PostgreSQL for {@code ./run} on a machine without a server.
 *
 * <ul>
 *   <li>{@code serve --data DIR --port N [--binaries DIR]}: a real PostgreSQL 16 on 127.0.0.1:N keeping its data
 *       in DIR, in the foreground until SIGTERM;
 *   <li>{@code drop --url JDBC_URL --user NAME DATABASE...}: drops the databases (password from
 *       {@code PGPASSWORD}), which {@code ./run --reset} needs with or without psql installed.
 * </ul>
 */
public final class LocalPostgres {

    private LocalPostgres() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                names.add(args[i]);
            }
        }
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "serve" -> serve(options);
            case "drop" -> {
                String password = System.getenv().getOrDefault("PGPASSWORD", "");
                DropDatabases.drop(required(options, "url"), options.getOrDefault("user", "postgres"), password, names);
            }
            default -> {
                System.err.println("usage: local-postgres serve --data DIR --port N [--binaries DIR]");
                System.err.println("       local-postgres drop --url JDBC_URL [--user NAME] DATABASE...");
                System.exit(2);
            }
        }
    }

    private static void serve(Map<String, String> options) throws Exception {
        Path data = Path.of(required(options, "data")).toAbsolutePath();
        Path binaries = Path.of(options.getOrDefault(
                "binaries", data.resolveSibling("postgres-binaries").toString()));
        int port = Integer.parseInt(required(options, "port"));
        EmbeddedServer server = EmbeddedServer.start(data, port, binaries);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "local-postgres-stop"));
        System.out.printf("PostgreSQL %s is ready on 127.0.0.1:%d (data in %s)%n", EmbeddedServer.VERSION, port, data);
        stopped.await();
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
