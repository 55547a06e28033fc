package io.vetted.e2e;

import io.vetted.testsupport.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The endpoints a running service declares in the OpenAPI document its Swagger UI points to, both
 * on its management port. The documents list the services' own routes only: no static resources,
 * health or metrics.
 */
final class OpenApiEndpoints {

    private static final Pattern SPEC = Pattern.compile("contextPath \\+ '(/swagger/[^']+\\.yml)'");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OpenApiEndpoints() {}

    /** Each endpoint named by the service ({@code identity}, {@code vendor}, {@code review}, {@code web-ui}). */
    static List<AuthorizationMatrix.Endpoint> of(ServiceProcess service) {
        List<AuthorizationMatrix.Endpoint> endpoints = new ArrayList<>();
        document(service)
                .forEach((path, operations) -> operations.keySet().stream()
                        .filter(METHODS::contains)
                        .forEach(method -> endpoints.add(new AuthorizationMatrix.Endpoint(
                                name(service), method.toUpperCase(Locale.ROOT), path))));
        return endpoints;
    }

    /** The service's endpoints that read a JSON request body. */
    @SuppressWarnings("unchecked")
    static List<AuthorizationMatrix.Endpoint> withJsonBody(ServiceProcess service) {
        List<AuthorizationMatrix.Endpoint> endpoints = new ArrayList<>();
        document(service)
                .forEach((path, operations) -> operations.forEach((method, operation) -> {
                    Object body =
                            METHODS.contains(method) ? ((Map<String, Object>) operation).get("requestBody") : null;
                    if (body instanceof Map<?, ?> request
                            && request.get("content") instanceof Map<?, ?> content
                            && content.containsKey("application/json")) {
                        endpoints.add(
                                new AuthorizationMatrix.Endpoint(name(service), method.toUpperCase(Locale.ROOT), path));
                    }
                }));
        return endpoints;
    }

    /** Each operation with the inputs it reads (query parameters, body properties). */
    @SuppressWarnings("unchecked")
    static List<OpenApiInputs.Operation> inputs(ServiceProcess service) {
        Matcher spec = SPEC.matcher(get(service, "/swagger-ui/index.html"));
        if (!spec.find()) {
            throw new IllegalStateException(service.name() + "'s Swagger UI names no OpenAPI document");
        }
        return OpenApiInputs.of(name(service), (Map<String, Object>) new Yaml().load(get(service, spec.group(1))));
    }

    static String name(ServiceProcess service) {
        return service.name().replace("-service", "");
    }

    /** The document's paths, each to its operations by lower-case method. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> document(ServiceProcess service) {
        Matcher spec = SPEC.matcher(get(service, "/swagger-ui/index.html"));
        if (!spec.find()) {
            throw new IllegalStateException(service.name() + "'s Swagger UI names no OpenAPI document");
        }
        Map<String, Object> document = new Yaml().load(get(service, spec.group(1)));
        return (Map<String, Map<String, Object>>) document.get("paths");
    }

    private static String get(ServiceProcess service, String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(service.managementUrl() + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
