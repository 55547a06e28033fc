package io.vetted.support.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceTokenFilterTest {

    private final AtomicInteger issued = new AtomicInteger();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private volatile boolean refuse;
    private HttpServer server;
    private ApplicationContext context;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/api/auth/service-token",
                exchange -> answer(
                        exchange,
                        200,
                        "{\"accessToken\":\"token-" + issued.incrementAndGet()
                                + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900}"));
        server.createContext("/api/internal/ping", exchange -> {
            seen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            answer(exchange, refuse ? 401 : 200, "{}");
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        context = ApplicationContext.run(Map.of(
                "micronaut.http.services.identity.url",
                url,
                "micronaut.http.services.peer.url",
                url,
                "vetted.service-auth.client-id",
                "test-service",
                "vetted.service-auth.client-secret",
                "a secret"));
    }

    @AfterEach
    void stop() {
        context.close();
        server.stop(0);
    }

    @Test
    void sendsTheServiceTokenOnCallsMarkedAsService() {
        context.getBean(PeerClient.class).asService();
        context.getBean(PeerClient.class).asService();

        assertThat(seen).containsExactly("Bearer token-1", "Bearer token-1");
    }

    @Test
    void sendsNoTokenOnUnmarkedCalls() {
        context.getBean(PeerClient.class).unmarked();

        assertThat(seen).containsExactly("null");
        assertThat(issued).hasValue(0);
    }

    @Test
    void fetchesANewTokenAfterARefusal() {
        PeerClient peer = context.getBean(PeerClient.class);
        refuse = true;
        assertThatThrownBy(peer::asService).isInstanceOf(HttpClientResponseException.class);
        refuse = false;

        peer.asService();

        assertThat(seen).containsExactly("Bearer token-1", "Bearer token-2");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Client(id = "peer")
    interface PeerClient {

        @AsService
        @Get("/api/internal/ping")
        String asService();

        @Get("/api/internal/ping")
        String unmarked();
    }
}
