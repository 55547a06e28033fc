package io.vetted.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConstantRateLoadTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void countsTheWaitOfRequestsQueuedBehindAStall() throws Exception {
        AtomicBoolean stalled = new AtomicBoolean();
        URI target = start(() -> {
            if (stalled.compareAndSet(false, true)) {
                sleep(1000); // one slow answer holds the only connection for a second
            }
        });
        var result = new ConstantRateLoad(List.of(target), 100, Duration.ofSeconds(2), 1).run();

        // ~100 requests were due during the stall; measured from their schedule they waited up to
        // a second, so far more than 1 % of them exceed 250 ms. A closed-loop client would report
        // a single slow request and a p99 near zero.
        assertThat(result.percentileMillis(99)).isGreaterThan(250);
        assertThat(result.requests()).isEqualTo(200);
    }

    @Test
    void sendsEveryScheduledRequestAndCountsServerErrors() throws Exception {
        URI target = start(() -> {});
        var result =
                new ConstantRateLoad(List.of(target, target.resolve("/missing")), 200, Duration.ofSeconds(1), 4).run();

        assertThat(result.requests()).isEqualTo(200);
        assertThat(result.errors()).isEqualTo(100);
    }

    private URI start(Runnable onRequest) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            onRequest.run();
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/missing") ? 404 : 204, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
