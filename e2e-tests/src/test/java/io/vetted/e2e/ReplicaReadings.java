package io.vetted.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one replica, addressed directly rather than through the load balancer, did or answers: its
 * outbox deliveries (its own metrics), the lines of its own log, its answer to an API call.
 */
final class ReplicaReadings {

    private static final Pattern DELIVERED =
            Pattern.compile("vetted_outbox_delivered_total\\{[^}]*type=\"ReputationChanged\"[^}]*} ([0-9.]+)");
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    private ReplicaReadings() {}

    /** ReputationChanged events this replica's outbox relay handed to vendor-service. */
    static long delivered(ServiceProcess review) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(review.managementUrl() + "/prometheus"))
                .build();
        try {
            String metrics =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = DELIVERED.matcher(metrics);
            return matcher.find() ? Math.round(Double.parseDouble(matcher.group(1))) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Lines of the replica's log that contain {@code text}. */
    static long logLines(ServiceProcess replica, String text) {
        try (var lines = Files.lines(replica.log())) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The replica's JSON answer to {@code request}. */
    static Map<String, Object> call(ServiceProcess replica, MutableHttpRequest<?> request) {
        try (HttpClient client = HttpClient.create(URI.create(replica.url()).toURL())) {
            return client.toBlocking().exchange(request, JSON).body();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
