package io.vetted.web.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.SiteTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The disclosures the consumer code asks of a review site (L111-7-2, D111-16, D111-17), in both languages. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HowReferencesWorkPageTest implements SiteTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("micronaut.server.port", "-1");
    }

    @Test
    void disclosesInFrenchTheControlsEachLabelsVoucherQuarantineRefusalsRetentionNoPaymentAndReporting() {
        String page = page("fr");

        assertThat(page)
                .contains("<h1>Comment fonctionnent les avis</h1>")
                .contains("Quand un avis est publié, Vetted vérifie aussitôt")
                .contains("C’est une personne qui décide, pas une machine.")
                .contains("Invité par le prestataire", "Mission confirmée par le prestataire")
                .contains("Client vérifié par Vetted", "Preuve de mission vérifiée")
                .contains("La parole du prestataire", "Vetted (contrôles automatiques)", "Un modérateur de Vetted")
                .contains("« En cours de vérification »")
                .contains("Il ne compte pas dans la note du prestataire tant qu’un modérateur ne l’a pas examiné.")
                .contains("Son auteur semble lié au prestataire")
                .contains("Nous refusons un avis quand :")
                .contains("Un avis reste en ligne jusqu’à ce que son auteur le retire.")
                .contains("pendant 12 mois après leur dernière utilisation")
                .contains("Personne n’est payé ni récompensé pour écrire un avis.")
                .contains("Tout le monde peut signaler un avis", "même sans compte")
                .contains("5 par jour depuis une même adresse réseau sans compte");
    }

    @Test
    void disclosesInEnglishTheControlsEachLabelsVoucherQuarantineRefusalsRetentionNoPaymentAndReporting() {
        String page = page("en");

        assertThat(page)
                .contains("<h1>How references work</h1>")
                .contains("When a reference is published, Vetted checks in the same step")
                .contains("A person decides, not a machine.")
                .contains("Invited by provider", "Engagement confirmed by provider")
                .contains("Client verified by Vetted", "Engagement evidence checked")
                .contains("The provider’s own word", "Vetted (automatic checks)", "A Vetted moderator")
                .contains("“Under review”")
                .contains("It does not count in the provider’s rating until a moderator has looked at it.")
                .contains("Its author appears to be connected to the provider")
                .contains("We refuse a reference when:")
                .contains("A reference stays online until its author withdraws it.")
                .contains("for 12 months after they were last seen")
                .contains("Nobody is paid or rewarded for writing a reference.")
                .contains("Anyone can report a reference", "even without an account")
                .contains("5 a day from one network address without an account");
    }

    @Test
    void saysOfEachLabelWhoVouchedForItAndWhetherItCountsAsVerified() {
        String page = page("en");

        assertThat(section(page, "how-label-INVITED_BY_PROVIDER"))
                .contains("The provider’s own word")
                .contains("Counts as verified:</strong> No");
        assertThat(section(page, "how-label-ENGAGEMENT_CONFIRMED"))
                .contains("The provider’s own word")
                .contains("Counts as verified:</strong> No");
        assertThat(section(page, "how-label-CLIENT_VERIFIED"))
                .contains("Vetted (automatic checks)")
                .contains("Counts as verified:</strong> Yes");
        assertThat(section(page, "how-label-EVIDENCE_CHECKED"))
                .contains("A Vetted moderator")
                .contains("Counts as verified:</strong> Yes");
    }

    private String page(String language) {
        return http.toBlocking()
                .retrieve(HttpRequest.GET("/how-references-work").header("Accept-Language", language));
    }

    private static String section(String page, String testId) {
        int start = page.indexOf("data-testid=\"" + testId + "\"");
        assertThat(start).as(testId).isPositive();
        return page.substring(start, page.indexOf("</dd>", start));
    }
}
