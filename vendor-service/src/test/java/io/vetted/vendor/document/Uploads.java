package io.vetted.vendor.document;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.vetted.testsupport.TestIssuer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Evidence documents as a provider uploads them: raw bytes with their media type. */
public final class Uploads {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private Uploads() {}

    /** Uploads a Kbis-like PDF for {@code provider} as {@code uploader}; returns the document's id. */
    public static UUID pdf(HttpClient http, UUID provider, TestIssuer.TestAccount uploader) {
        Map<String, Object> stored = http.toBlocking()
                .retrieve(
                        HttpRequest.POST("/api/providers/" + provider + "/documents", PDF)
                                .contentType("application/pdf")
                                .bearerAuth(uploader.token()),
                        Argument.mapOf(String.class, Object.class));
        return UUID.fromString((String) stored.get("id"));
    }
}
