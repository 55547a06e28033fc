package io.vetted.vendor.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** GET /api/providers/{id} answers from the profile's stored document, which no change leaves stale. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicProfileDocumentTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    PublicProfileDocuments documents;

    @Inject
    DataSource dataSource;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void answersASecondReadFromTheDocumentTheFirstStored() {
        var p = published("Copie Lyon");
        providers.get(p.id());
        ProfileRows.update(
                dataSource,
                "UPDATE provider_public_profile SET body = replace(body, 'Copie Lyon', 'Copie gardée') "
                        + "WHERE provider_id = ?",
                p.id());

        assertThat(providers.get(p.id()).name()).isEqualTo("Copie gardée");
    }

    @Test
    void showsAnEditMadeThroughTheApiOnTheNextRead() {
        var p = published("Avant Renommage");
        providers.get(p.id());
        try (var ignored = BearerToken.as(p.owner())) {
            providers.identity(
                    p.id(),
                    Providers.identity(
                            providers.mine(),
                            "Après Renommage",
                            p.profile().siren(),
                            p.profile().website()));
        }

        assertThat(providers.get(p.id()).name()).isEqualTo("Après Renommage");
    }

    @Test
    void hidesAProfileUnpublishedAfterItsDocumentWasStored() {
        var p = published("Bientôt Retiré");
        providers.get(p.id());
        try (var ignored = BearerToken.as(p.owner())) {
            providers.status(p.id(), new StatusRequest(providers.mine().version(), ProviderStatus.DRAFT));
        }

        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/providers/" + p.id()))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    @Test
    void dropsADocumentPutTogetherBeforeAChangeThatCommittedSince() {
        var p = published("Lecture Dépassée");
        providers.get(p.id());
        long readBefore = documents.findById(p.id()).orElseThrow().generation();
        ProfileRows.update(dataSource, "UPDATE provider SET city = 'Villeurbanne' WHERE id = ?", p.id());

        assertThat(documents.store(p.id(), readBefore, Instant.now(), "{\"city\":\"Lyon\"}"))
                .isZero();
        assertThat(providers.get(p.id()).city()).isEqualTo("Villeurbanne");
    }

    @Test
    void waitsForAChangeStillUncommittedThenDropsTheDocumentItMakesStale() throws Exception {
        var p = published("Écriture En Cours");
        providers.get(p.id());
        long readBefore = documents.findById(p.id()).orElseThrow().generation();
        try (Connection writer = ProfileRows.connection(dataSource)) {
            writer.setAutoCommit(false);
            try (var change = writer.prepareStatement("UPDATE provider SET city = 'Bron' WHERE id = ?")) {
                change.setObject(1, p.id());
                change.executeUpdate();
            }
            var store = CompletableFuture.supplyAsync(() -> documents.store(p.id(), readBefore, Instant.now(), "{}"));
            Thread.sleep(300);
            assertThat(store).isNotDone();
            writer.commit();

            assertThat(store.get(10, TimeUnit.SECONDS)).isZero();
        }
        assertThat(providers.get(p.id()).city()).isEqualTo("Bron");
    }

    @Test
    void keepsADocumentNoLaterThanTheNextMidnightInParis() {
        var p = published("Minuit Paris");
        providers.get(p.id());
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertThat(validUntil(p.id()))
                .isAfter(Instant.now())
                .isEqualTo(LocalDate.now(paris).plusDays(1).atStartOfDay(paris).toInstant());
    }

    @Test
    void keepsADocumentNoLaterThanAReplacedNoticeStopsHolding() {
        var p = published("Préavis Remplacé");
        ProfileRows.update(
                dataSource,
                "INSERT INTO offer_notice (offer_id, notice_days, promised_at) SELECT id, 30, now() - interval '40 days'"
                        + " FROM offer WHERE provider_id = ?",
                p.id());
        ProfileRows.update(
                dataSource,
                "INSERT INTO offer_notice (offer_id, notice_days, promised_at)"
                        + " SELECT id, 7, now() - interval '30 days' + interval '1 minute' FROM offer WHERE provider_id = ?",
                p.id());
        providers.get(p.id());

        assertThat(validUntil(p.id())).isBetween(Instant.now(), Instant.now().plus(Duration.ofMinutes(2)));
    }

    @Test
    void keepsADocumentNoLaterThanAWithdrawnOfferLeavesItsTwelveMonths() {
        var p = published("Offre Ancienne");
        ProfileRows.update(
                dataSource,
                "UPDATE offer SET withdrawn_at = now() - interval '12 months' + interval '1 day' + interval '1 minute'"
                        + " WHERE provider_id = ?",
                p.id());
        providers.get(p.id());

        assertThat(validUntil(p.id())).isBetween(Instant.now(), Instant.now().plus(Duration.ofMinutes(2)));
    }

    @Test
    void keepsTheDocumentTillMidnightOnceAWithdrawnOfferHasLeftItsTwelveMonths() {
        var p = published("Offre Partie");
        ProfileRows.update(
                dataSource,
                "UPDATE offer SET withdrawn_at = now() - interval '12 months' - interval '3 days' WHERE provider_id = ?",
                p.id());
        providers.get(p.id());
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertThat(validUntil(p.id()))
                .isEqualTo(LocalDate.now(paris).plusDays(1).atStartOfDay(paris).toInstant());
    }

    private Providers.Owned published(String name) {
        return Providers.published(providers, Providers.agency(name, "Lyon", Specialty.HELPDESK));
    }

    private Instant validUntil(UUID providerId) {
        return documents.findById(providerId).orElseThrow().validUntil();
    }
}
