package io.vetted.web.diligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The pack is a real PDF whose text holds the requirements, the providers against them, the questions and the checklist. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiligencePackTest implements ServicesTest {

    private static final String SME = "5b8e1f3a-2222-4c1c-9a4e-3f9d2b1a0c07";
    private static final UUID LIST = UUID.randomUUID();

    private final FakeServices services = PackFixtures.shortlistWithTwoProviders(new FakeServices(), LIST);

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
    void thePackIsAPdfNamedAfterTheShortlist() {
        HttpResponse<byte[]> response = download("fr");

        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"vetted-infogerance-du-cabinet.pdf\"");
        assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void theFrenchPackSetsEachProviderAgainstTheRequirements() throws IOException {
        String text = text(download("fr").body());

        assertThat(text)
                .contains("Dossier de vérification : Infogérance du cabinet")
                .contains("14 utilisateurs, 16 postes, 2 serveurs")
                .contains("Rhône Info Services", "Alpes Réseaux")
                .contains("Conforme à votre exigence", "Non conforme à votre exigence")
                .contains("ISO 27001: vérifiée par Vetted")
                .contains("déclarée, non vérifiée")
                .contains("Prix en hausse de +12")
                .contains("Invité par le prestataire: 3", "Client vérifié par Vetted: 5")
                .contains("Appeler avant vendredi", "Écarté : Pas d’astreinte")
                .contains("Réponse publiée : Non, tout est fait en interne")
                .contains("Réponse publiée : Oui (Câblage confié à un partenaire)")
                .contains("En fin de contrat, comment récupérons-nous nos données")
                .contains("Pas de réponse publiée : à demander.")
                .contains("Réponse publiée : Chiffrement des postes")
                .contains("Le préavis avant toute hausse de prix");
    }

    @Test
    void theEnglishPackSpeaksEnglish() throws IOException {
        String text = text(download("en").body());

        assertThat(text)
                .contains("Due-diligence pack: Infogérance du cabinet")
                .contains("Does not meet your requirement")
                .contains("What to check in the contract before signing")
                .doesNotContain("Dossier de vérification");
    }

    @Test
    void anotherBuyersShortlistAnswers404() {
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(
                                HttpRequest.GET("/my/shortlists/" + UUID.randomUUID() + "/pack.pdf")
                                        .cookie(session("SME")),
                                byte[].class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void aProviderCannotDownloadAPackWith403() {
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(
                                HttpRequest.GET("/my/shortlists/" + LIST + "/pack.pdf")
                                        .cookie(session("PROVIDER")),
                                byte[].class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(403));
    }

    private HttpResponse<byte[]> download(String language) {
        return http.toBlocking()
                .exchange(
                        HttpRequest.GET("/my/shortlists/" + LIST + "/pack.pdf")
                                .cookie(session("SME"))
                                .header("Accept-Language", language),
                        byte[].class);
    }

    private static Cookie session(String role) {
        return Cookie.of("__Host-vetted_session", TestIssuer.shared().token(SME, role));
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
