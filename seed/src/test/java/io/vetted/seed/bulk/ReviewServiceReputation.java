package io.vetted.seed.bulk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import io.vetted.testsupport.TestDatabases.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * review-service itself, started from its jar on the seeded review database, asked for a
 * provider's reputation over its public API: what the seeder's copies in vendor-service must equal.
 */
final class ReviewServiceReputation implements AutoCloseable {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ServiceProcess review;

    ReviewServiceReputation(TestDatabase database) {
        try {
            review = Platform.alone(
                            "review-service",
                            BulkSeedTest.class,
                            Map.of(
                                    "DATABASE_URL", database.url(),
                                    "DATABASE_USER", database.user(),
                                    "DATABASE_PASSWORD", database.password(),
                                    "VETTED_HOME",
                                            Files.createTempDirectory("vetted-home")
                                                    .toString(),
                                    "LOG_LEVEL", "INFO"))
                    .start()
                    .awaitReady(Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Figures of(String provider) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(review.url() + "/api/providers/" + provider + "/reputation"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(answer.body());
        Map<String, BigDecimal> criteria = new TreeMap<>();
        body.path("criteria")
                .fields()
                .forEachRemaining(c -> criteria.put(c.getKey(), c.getValue().decimalValue()));
        return new Figures(
                provider,
                body.path("referenceCount").asInt(),
                body.path("verifiedReferenceCount").asInt(),
                decimal(body.path("averageRating")),
                decimal(body.path("recommendShare")),
                criteria,
                decimal(body.path("bayesianRating")));
    }

    @Override
    public void close() {
        review.close();
    }

    private static BigDecimal decimal(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : null;
    }

    /** A provider's figures as vendor-service keeps them; {@code bayesian} is compared apart (weights decay). */
    record Figures(
            String provider,
            int references,
            int verified,
            BigDecimal average,
            BigDecimal recommend,
            Map<String, BigDecimal> criteria,
            BigDecimal bayesian) {

        Figures withoutBayesian() {
            return new Figures(provider, references, verified, average, recommend, criteria, null);
        }
    }
}
