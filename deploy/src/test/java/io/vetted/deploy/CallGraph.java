package io.vetted.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who calls whom, read from the services' own configuration: each {@code micronaut.http.services}
 * entry naming another Vetted service, and the JWKS URL (identity-service) that every token check
 * reads. The NetworkPolicies must allow exactly these calls, so a new client fails the build until
 * the policies say it may pass.
 */
final class CallGraph {

    static final List<String> SERVICES =
            List.of("identity-service", "vendor-service", "review-service", "buyer-service", "web-ui");
    private static final Map<String, String> CLIENT_IDS = Map.of(
            "identity", "identity-service",
            "vendor", "vendor-service",
            "review", "review-service",
            "buyer", "buyer-service");

    private CallGraph() {}

    /** Calls as "caller -> callee". */
    static Set<String> calls() {
        Set<String> calls = new TreeSet<>();
        for (String service : SERVICES) {
            JsonNode micronaut = configuration(service).path("micronaut");
            micronaut.path("http").path("services").fieldNames().forEachRemaining(client -> {
                if (CLIENT_IDS.containsKey(client)) {
                    calls.add(service + " -> " + CLIENT_IDS.get(client));
                }
            });
            JsonNode jwks = micronaut
                    .path("security")
                    .path("token")
                    .path("jwt")
                    .path("signatures")
                    .path("jwks");
            if (jwks.has("identity")) {
                calls.add(service + " -> identity-service");
            }
        }
        return calls;
    }

    /** The services that keep their own PostgreSQL database. */
    static Set<String> withDatabase() {
        Set<String> services = new TreeSet<>();
        SERVICES.stream()
                .filter(service -> configuration(service).path("datasources").has("default"))
                .forEach(services::add);
        return services;
    }

    private static JsonNode configuration(String service) {
        return Yaml.single(Path.of("..", service, "src/main/resources/application.yml"));
    }
}
