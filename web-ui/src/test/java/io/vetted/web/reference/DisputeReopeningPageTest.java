package io.vetted.web.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.CsrfToken;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A rejected dispute reopens once from the site, on a page asking for the evidence the moderator has not seen. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisputeReopeningPageTest implements ServicesTest {

    private static final String REFERENCE = "3c2b1a0d-8888-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String DISPUTES = "/api/references/" + REFERENCE + "/disputes";
    private static final String NEEDS_EVIDENCE = "{\"status\":422,\"violations\":[{\"field\":\"newEvidence\","
            + "\"message\":\"is required: a rejected dispute is reopened only with evidence the moderator has not seen\"}]}";

    private final FakeServices services = new FakeServices();
    private final Cookie session = Cookie.of(
            "__Host-vetted_session", TestIssuer.shared().token("7f0e4f6c-9999-4c1c-9a4e-3f9d2b1a0c09", "PROVIDER"));

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        return ServicesTest.signedInReadingRedirects();
    }

    @Test
    void asksForNewEvidenceNextToItsFieldKeepingWhatWasWritten() {
        services.reply(DISPUTES, 422, "application/problem+json", NEEDS_EVIDENCE.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> dispute("Ce client n’a jamais été le nôtre.", null))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains(
                                    "Reopen a rejected dispute",
                                    "data-testid=\"newEvidence-error\"",
                                    "Give the new evidence the moderator has not seen yet.",
                                    "Ce client n’a jamais été le nôtre.");
                });
    }

    @Test
    void sendsTheNewEvidenceWithTheDisputeAndGoesBackToTheReference() {
        services.answer(DISPUTES, "{}");

        HttpResponse<String> sent = dispute("Jamais travaillé ensemble.", "No invoice to this client in 2025.");

        assertThat(sent.code()).isEqualTo(303);
        assertThat(sent.header("Location")).startsWith("/providers/p1?ok=dispute");
        var calls = services.callsTo(DISPUTES);
        assertThat(calls.get(calls.size() - 1).body())
                .contains("\"newEvidence\":\"No invoice to this client in 2025.\"");
    }

    private HttpResponse<String> dispute(String details, String newEvidence) {
        HttpResponse<String> page = http.toBlocking()
                .exchange(HttpRequest.GET("/how-references-work").cookie(session), String.class);
        String body = "csrfToken=" + CsrfToken.of(page) + "&returnTo=" + encode("/providers/p1#reference-1") + "&text="
                + encode(details) + (newEvidence == null ? "" : "&newEvidence=" + encode(newEvidence));
        var request = HttpRequest.POST("/references/" + REFERENCE + "/dispute", body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Accept-Language", "en")
                .cookie(session)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        return http.toBlocking().exchange(request, String.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
