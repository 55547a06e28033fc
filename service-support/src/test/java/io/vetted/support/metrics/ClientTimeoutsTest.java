package io.vetted.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientTimeoutsTest {

    private HttpServer server;
    private ApplicationContext context;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
        context = ApplicationContext.run(Map.of(
                "micronaut.http.services.slow.url",
                        "http://127.0.0.1:" + server.getAddress().getPort(),
                "micronaut.http.services.slow.read-timeout", "200ms",
                "micronaut.http.services.idle.url", "http://127.0.0.1:9"));
    }

    @AfterEach
    void stop() {
        context.close();
        server.stop(0);
    }

    @Test
    void countsACallThatGotNoAnswerInTimeAgainstItsService() {
        assertThatThrownBy(() -> context.getBean(SlowPeer.class).call()).isInstanceOf(ReadTimeoutException.class);

        assertThat(timeouts("slow")).isEqualTo(1);
    }

    @Test
    void showsEachServiceAtZeroBeforeAnyTimeout() {
        assertThat(timeouts("idle")).isZero();
        assertThat(timeouts("slow")).isZero();
    }

    private double timeouts(String service) {
        return context.getBean(MeterRegistry.class)
                .get("vetted.http.client.timeouts")
                .tag("service", service)
                .counter()
                .count();
    }

    @Client(id = "slow")
    interface SlowPeer {
        @Get("/slow")
        String call();
    }
}
