package io.vetted.e2e;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import io.vetted.testsupport.Totp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HTTP endpoint of every API service, as its OpenAPI document lists it, called by every kind
 * of caller with the fixture's real ids: each answer must be the one declared in
 * {@code authorization-matrix.txt}, and an endpoint nobody declared fails the test, so a new
 * endpoint cannot ship without a decision about who may call it. The failure message prints the
 * observed lines, ready to review and paste.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final Pattern SPEC = Pattern.compile("contextPath \\+ '(/swagger/[^']+\\.yml)'");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> callers = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();
    private Platform platform;
    private Api api;

    @BeforeAll
    void start() {
        platform = Platform.start(getClass(), Map.of("MODERATOR_EMAIL", AccountSecurityIT.MODERATOR,
                "MODERATOR_PASSWORD", Api.PASSWORD));
        api = new Api(platform);
        Api.Account owner = api.signUpAccount("PROVIDER", "Agence Propriétaire");
        Api.Account other = api.signUpAccount("PROVIDER", "Agence Concurrente");
        Api.Account sme = api.signUpAccount("SME", "PME Cliente");
        UUID provider = api.publishedProvider(owner.accessToken(), "Propriétaire Infogérance", "Lille", "HELPDESK", null);
        api.publishedProvider(other.accessToken(), "Concurrente Infogérance", "Arras", "NETWORKS", null);
        Object reference = api.postReference(sme.accessToken(), provider, 4, "Bon suivi.").body().get("id");
        ids.put("vendor:id", provider.toString());
        ids.put("vendor:members/accountId", owner.id().toString());
        ids.put("review:providerId", provider.toString());
        ids.put("review:references/id", String.valueOf(reference));
        callers.put("sme", sme.accessToken());
        callers.put("other-provider", other.accessToken());
        callers.put("owner", owner.accessToken());
        try (Calls identity = new Calls(platform.identity.url())) {
            callers.put("moderator", moderatorWithMfa(identity));
            callers.put("service", serviceToken(identity));
        }
    }

    @AfterAll
    void stop() {
        api.close();
        platform.close();
    }

    @Test
    void everyEndpointAnswersEachCallerAsDeclared() throws Exception {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        Set<AuthorizationMatrix.Endpoint> endpoints = new TreeSet<>();
        for (ServiceProcess service : List.of(platform.identity, platform.vendor, platform.review)) {
            endpoints.addAll(endpointsOf(service));
        }
        List<String> undeclared = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (AuthorizationMatrix.Endpoint endpoint : endpoints) {
            List<String> expected = matrix.expected(endpoint);
            List<String> observed = new ArrayList<>();
            boolean matches = true;
            for (int i = 0; i < AuthorizationMatrix.CALLERS.size(); i++) {
                int status = call(endpoint, callers.get(AuthorizationMatrix.CALLERS.get(i)));
                observed.add(AuthorizationMatrix.describe(status));
                matches &= expected != null && AuthorizationMatrix.matches(expected.get(i), status);
            }
            if (expected == null) {
                undeclared.add(endpoint.line(observed));
            } else if (!matches) {
                wrong.add(endpoint.line(expected) + "   but observed   " + String.join(" ", observed));
            }
        }
        Set<AuthorizationMatrix.Endpoint> gone = new TreeSet<>(matrix.declared());
        gone.removeAll(endpoints);

        assertThat(endpoints).as("endpoints found in the OpenAPI documents").hasSizeGreaterThan(20);
        assertThat(undeclared).as("endpoints without a declared expectation (observed answers shown)").isEmpty();
        assertThat(wrong).as("endpoints answering otherwise than declared").isEmpty();
        assertThat(gone).as("declared endpoints that no longer exist").isEmpty();
    }

    private int call(AuthorizationMatrix.Endpoint endpoint, String token) {
        ServiceProcess service = service(endpoint.service());
        String path = expand(endpoint.service(), endpoint.path());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + path));
        boolean withBody = Set.of("POST", "PUT", "PATCH").contains(endpoint.method());
        request.method(endpoint.method(), withBody ? HttpRequest.BodyPublishers.ofString("{}")
                : HttpRequest.BodyPublishers.noBody());
        if (withBody) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The fixture's real ids where the path names a provider or a reference, made-up ones elsewhere
     * (a made-up id must never grant more than a real one).
     */
    private String expand(String service, String template) {
        Matcher variable = Pattern.compile("([a-z-]+)/\\{([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String id = ids.getOrDefault(service + ":" + variable.group(2),
                    ids.getOrDefault(service + ":" + variable.group(1) + "/" + variable.group(2), UUID.randomUUID().toString()));
            variable.appendReplacement(path, variable.group(1) + "/" + id);
        }
        return variable.appendTail(path).toString();
    }

    @SuppressWarnings("unchecked")
    private List<AuthorizationMatrix.Endpoint> endpointsOf(ServiceProcess service) throws Exception {
        Matcher spec = SPEC.matcher(get(service, "/swagger-ui/index.html"));
        assertThat(spec.find()).as("%s names its OpenAPI document", service.name()).isTrue();
        Map<String, Object> document = new Yaml().load(get(service, spec.group(1)));
        List<AuthorizationMatrix.Endpoint> endpoints = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, operations) ->
                operations.keySet().stream().filter(METHODS::contains).forEach(method ->
                        endpoints.add(new AuthorizationMatrix.Endpoint(service.name().replace("-service", ""),
                                method.toUpperCase(), path))));
        return endpoints;
    }

    private ServiceProcess service(String name) {
        return platform.all().stream().filter(s -> s.name().equals(name + "-service")).findFirst().orElseThrow();
    }

    private String get(ServiceProcess service, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @SuppressWarnings("unchecked")
    private static String moderatorWithMfa(Calls identity) {
        String token = (String) identity.post("/api/auth/login", null,
                Map.of("email", AccountSecurityIT.MODERATOR, "password", Api.PASSWORD)).json().get("accessToken");
        String secret = (String) identity.post("/api/accounts/me/mfa/enrolment", token, Map.of()).json().get("secret");
        Map<String, Object> session = (Map<String, Object>) identity.post("/api/accounts/me/mfa/confirmation", token,
                Map.of("code", Totp.code(secret))).json().get("session");
        return (String) session.get("accessToken");
    }

    private String serviceToken(Calls identity) {
        identity.post("/api/auth/service-token", null, Map.of("clientId", "review-service", "clientSecret", "x"));
        try {
            String secret = Files.readString(platform.home().resolve("secrets").resolve("service-client-review-service")).strip();
            return (String) identity.post("/api/auth/service-token", null,
                    Map.of("clientId", "review-service", "clientSecret", secret)).json().get("accessToken");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
