package io.vetted.review.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.moderation.ModerationClient;
import io.vetted.review.moderation.ModerationRequests;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A provider's reply never publishes the client's contact details, and can be reported and hidden. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplyRulesApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    ModerationClient moderation;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void refusesAReplyGivingTheClientsEmailAddressWith422SayingWhy() {
        assertRefused("Contactez plutôt Mme Roux : c.roux@garage-roux.fr", "an email address");
    }

    @Test
    void refusesAReplyGivingAPhoneNumberWith422SayingWhy() {
        assertRefused("Nous avons rappelé M. Roux au 06 12 34 56 78 sans réponse.", "a phone number");
    }

    @Test
    void refusesAReplyGivingAPostalAddressWith422SayingWhy() {
        assertRefused("Notre technicien est passé au 12 rue des Lilas, sans trouver personne.", "a postal address");
    }

    @Test
    void acceptsAnAddressAtTheProvidersOwnDomain() {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, "https://www.infogerance-alpes.fr");
        var reference = write(provider);

        var reply =
                reply(owner, reference, "Écrivez-nous à support@infogerance-alpes.fr, nous reprendrons le dossier.");

        assertThat(reply.body()).contains("support@infogerance-alpes.fr");
    }

    @Test
    void aReportedReplyIsHiddenByAModeratorAndReadersSeeOnlyTheReason() {
        UUID owner = UUID.randomUUID();
        var reference = write(fakes.vendor.provider(owner, null));
        reply(owner, reference, "Ce client ne paie jamais ses factures.");
        http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/references/" + reference.id() + "/reply/reports", Map.of("reason", "OFFENSIVE")));

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(moderation
                            .cases(0, 20, null, null, reference.providerId())
                            .items())
                    .singleElement()
                    .satisfies(i -> assertThat(i.reports()).singleElement().satisfies(r -> {
                        assertThat(r.target()).isEqualTo("REPLY");
                        assertThat(r.anonymous()).isTrue();
                    }));
            moderation.hideReply(reference.id(), new ModerationRequests.HideRequest("Attaque personnelle"));
        }

        var shown = references.get(reference.id()).reply();
        assertThat(shown.hidden()).isTrue();
        assertThat(shown.body()).isNull();
        assertThat(shown.hiddenReason()).isEqualTo("Attaque personnelle");
    }

    private void assertRefused(String body, String what) {
        UUID owner = UUID.randomUUID();
        var reference = write(fakes.vendor.provider(owner, null));
        assertThatThrownBy(() -> reply(owner, reference, body)).satisfies(e -> {
            Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "body");
            assertThat(Problems.assertProblem(e, HttpStatus.UNPROCESSABLE_ENTITY)
                            .get("violations")
                            .toString())
                    .contains("contains " + what, "contact details");
        });
    }

    private ReferenceResponse.ReplyView reply(UUID owner, ReferenceResponse reference, String body) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.PUT("/api/references/" + reference.id() + "/reply", Map.of("body", body))
                                .bearerAuth(TestIssuer.shared().token(owner.toString(), "PROVIDER")),
                        ReferenceResponse.ReplyView.class);
    }

    private ReferenceResponse write(UUID provider) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            return references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID(), null, 2, SampleReferences.uniqueText()))
                    .body();
        }
    }
}
