package io.vetted.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.multipart.MultipartBody;
import io.vetted.support.company.CompanyNumbers;
import io.vetted.testsupport.MailLog;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.Totp;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The services' public APIs, called as any client would, with JSON maps. */
final class Api implements AutoCloseable {

    static final String PASSWORD = "mot de passe de démonstration";
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final HttpClient identity;
    private final HttpClient vendor;
    private final HttpClient review;
    private final MailLog mail;

    Api(Platform platform) {
        mail = platform.mail();
        identity = client(platform.address(platform.identity));
        vendor = client(platform.address(platform.vendor));
        review = client(platform.address(platform.review));
    }

    /** Signs up an account and returns its access token (with a second factor for providers, as their writes need). */
    String signUp(String role, String displayName) {
        return signUpAccount(role, displayName).accessToken();
    }

    /**
     * Signs up as a person does: registers, follows the link mailed to the mail log, signs in and,
     * for PROVIDER accounts, turns TOTP on so the session carries the second factor.
     */
    Account signUpAccount(String role, String displayName) {
        return signUpAccount(role, displayName, null);
    }

    /**
     * The same, from a browser whose first-party device cookie is {@code device} (null: none), as
     * web-ui forwards it. Each account writes from a mail domain of its own, as clients of
     * different companies do.
     */
    Account signUpAccount(String role, String displayName, String device) {
        return signUpAccount(role, displayName, device, null);
    }

    /** The same, for an account that reads Vetted in {@code language} ({@code fr}, {@code en}; null: the default). */
    @SuppressWarnings("unchecked")
    Account signUpAccount(String role, String displayName, String device, String language) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String email = role.toLowerCase(Locale.ROOT) + "-" + id + "@c" + id + "-e2e.fr";
        Map<String, Object> account =
                new HashMap<>(Map.of("email", email, "password", PASSWORD, "role", role, "displayName", displayName));
        if (language != null) {
            account.put("language", language);
        }
        MutableHttpRequest<?> register = HttpRequest.POST("/api/accounts", account);
        MutableHttpRequest<?> login = HttpRequest.POST("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        if (device != null) {
            register.header("X-Vetted-Device", device);
            login.header("X-Vetted-Device", device);
        }
        call(identity, register);
        call(identity, HttpRequest.POST("/api/accounts/verification", Map.of("token", mail.token(email, "/verify"))));
        Map<String, Object> session = call(identity, login).body();
        String secret = null;
        if ("PROVIDER".equals(role)) {
            String token = (String) session.get("accessToken");
            secret = (String) call(
                            identity,
                            HttpRequest.POST("/api/accounts/me/mfa/enrolment", Map.of("password", PASSWORD))
                                    .bearerAuth(token))
                    .body()
                    .get("secret");
            session = (Map<String, Object>) call(
                            identity,
                            HttpRequest.POST("/api/accounts/me/mfa/confirmation", Map.of("code", Totp.code(secret)))
                                    .bearerAuth(token))
                    .body()
                    .get("session");
        }
        return new Account(
                UUID.fromString((String) session.get("accountId")),
                email,
                PASSWORD,
                (String) session.get("accessToken"),
                (String) session.get("refreshToken"),
                secret);
    }

    /** A person's account as a test holds it; {@code totpSecret} is null without MFA. */
    record Account(
            UUID id, String email, String password, String accessToken, String refreshToken, String totpSecret) {}

    /** A published provider: created (as a draft, with a SIREN) and published, as its owner would. */
    UUID createProvider(String token, String name, String city, String specialty, String description) {
        Map<String, Object> body = Map.of(
                "name",
                name,
                "kind",
                "AGENCY",
                "deliveryModes",
                List.of("REMOTE", "ON_SITE"),
                "city",
                city,
                "specialties",
                List.of(specialty),
                "description",
                description,
                "siren",
                randomSiren(),
                "offers",
                List.of(Map.of("title", "Forfait infogérance", "pricingModel", "MONTHLY_FIXED", "priceEur", 450)));
        Map<String, Object> created = call(
                        vendor, HttpRequest.POST("/api/providers", body).bearerAuth(token))
                .body();
        UUID id = UUID.fromString((String) created.get("id"));
        call(
                vendor,
                HttpRequest.PUT(
                                "/api/providers/" + id + "/status",
                                Map.of("version", created.get("version"), "status", "PUBLISHED"))
                        .bearerAuth(token));
        return id;
    }

    /**
     * A provider that review-service may be asked about: created with a SIREN and {@code website}
     * (nullable), then published when vendor-service created it as a draft.
     */
    UUID publishedProvider(String token, String name, String city, String specialty, String website) {
        return publishedProvider(token, name, city, specialty, website, randomSiren());
    }

    /** As {@link #publishedProvider(String, String, String, String, String)}, with the company's own SIREN. */
    UUID publishedProvider(String token, String name, String city, String specialty, String website, String siren) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "kind",
                "AGENCY",
                "deliveryModes",
                List.of("REMOTE", "ON_SITE"),
                "city",
                city,
                "specialties",
                List.of(specialty),
                "description",
                name + ", prestataire informatique à " + city + ".",
                "siren",
                siren,
                "offers",
                List.of(Map.of("title", "Forfait infogérance", "pricingModel", "MONTHLY_FIXED", "priceEur", 450))));
        if (website != null) {
            body.put("website", website);
        }
        Map<String, Object> created = call(
                        vendor, HttpRequest.POST("/api/providers", body).bearerAuth(token))
                .body();
        UUID id = UUID.fromString((String) created.get("id"));
        if ("DRAFT".equals(created.get("status"))) {
            call(
                    vendor,
                    HttpRequest.PUT(
                                    "/api/providers/" + id + "/status",
                                    Map.of("version", created.get("version"), "status", "PUBLISHED"))
                            .bearerAuth(token));
        }
        return id;
    }

    /** A random valid SIREN. */
    static String randomSiren() {
        return CompanyNumbers.withCheckDigit(
                String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
    }

    HttpResponse<Map<String, Object>> postReference(String token, UUID provider, int rating, String comment) {
        return postReference(token, provider, referenceBody(rating, comment), null);
    }

    /** Posts a reference body (see {@link #referenceBody}), with an {@code Idempotency-Key} when given. */
    HttpResponse<Map<String, Object>> postReference(
            String token, UUID provider, Map<String, Object> body, String idempotencyKey) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/providers/" + provider + "/references", body)
                .bearerAuth(token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return call(review, request);
    }

    /** A complete, valid reference from a company of its own: an ongoing engagement started a year ago. */
    static Map<String, Object> referenceBody(int rating, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put(
                "company",
                Map.of("name", "Client " + UUID.randomUUID().toString().substring(0, 8)));
        body.put(
                "engagement",
                Map.of(
                        "services",
                        List.of("HELPDESK"),
                        "mode",
                        "REMOTE",
                        "start",
                        LocalDate.now(ZoneId.of("Europe/Paris")).minusYears(1).toString()));
        body.put("rating", rating);
        body.put("criteria", Map.of("OBJECTIVES", rating, "RESPONSIVENESS", rating));
        body.put("wouldRecommend", rating >= 4);
        body.put(
                "facts",
                Map.of(
                        "unannouncedPriceIncrease",
                        false,
                        "subcontracting",
                        "NO",
                        "afterHoursIncident",
                        "NEVER_NEEDED"));
        body.put("comment", comment);
        body.put("contactAllowed", true);
        return body;
    }

    /** The author attaches a PDF proof of the engagement and the moderator accepts it ("evidence checked"). */
    void evidenceAccepted(String authorToken, String reference, String moderatorToken) {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        call(
                review,
                HttpRequest.POST(
                                "/api/references/" + reference + "/evidence",
                                MultipartBody.builder()
                                        .addPart("file", "facture.pdf", MediaType.APPLICATION_PDF_TYPE, pdf)
                                        .build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                        .bearerAuth(authorToken));
        call(
                review,
                HttpRequest.POST(
                                "/api/moderation/references/" + reference + "/evidence/decision",
                                Map.of("accepted", true, "reason", "Facture au nom du client"))
                        .bearerAuth(moderatorToken));
    }

    HttpResponse<Map<String, Object>> reviewCall(MutableHttpRequest<?> request) {
        return call(review, request);
    }

    HttpResponse<Map<String, Object>> vendorCall(MutableHttpRequest<?> request) {
        return call(vendor, request);
    }

    /** The providers whose text holds {@code query}, read literally (a town typed is not widened to its area). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> search(String query) {
        return (List<Map<String, Object>>) call(vendor, HttpRequest.GET("/api/providers?literal=true&q=" + query))
                .body()
                .get("items");
    }

    Map<String, Object> provider(UUID id) {
        return call(vendor, HttpRequest.GET("/api/providers/" + id)).body();
    }

    Map<String, Object> references(UUID provider) {
        return call(review, HttpRequest.GET("/api/providers/" + provider + "/references"))
                .body();
    }

    private static HttpResponse<Map<String, Object>> call(HttpClient client, MutableHttpRequest<?> request) {
        BlockingHttpClient blocking = client.toBlocking();
        return blocking.exchange(request, JSON);
    }

    private static HttpClient client(String url) {
        try {
            return HttpClient.create(URI.create(url).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        identity.close();
        vendor.close();
        review.close();
    }
}
