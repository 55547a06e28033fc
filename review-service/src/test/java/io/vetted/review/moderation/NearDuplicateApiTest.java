package io.vetted.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceStatus;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Copies are caught on any provider, when written and when edited, through an index rather than a scan. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearDuplicateApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    DataSource dataSource;

    @Inject
    SentenceBackfill backfill;

    @Test
    void catchesACopyOnAnotherProviderThatChangesOnlyItsOpeningSentence() {
        String body = body();
        write(
                fakes.vendor.knownProvider(),
                "Nous avons confié notre parc informatique à cette équipe en 2021. " + body);

        var copy = write(fakes.vendor.knownProvider(), "Excellent prestataire, vraiment. " + body);

        assertThat(copy.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
        assertThat(copy.underReview().reasons())
                .extracting(ReferenceResponse.Reason::kind)
                .containsExactly("NEAR_DUPLICATE");
    }

    @Test
    void catchesAReferenceEditedIntoACopy() {
        String original = "Depuis notre déménagement. " + body();
        write(fakes.vendor.knownProvider(), original);
        var author = TestIssuer.shared().account("SME");
        var own = write(author, fakes.vendor.knownProvider(), SampleReferences.uniqueText());
        assertThat(own.status()).isEqualTo(ReferenceStatus.PUBLISHED);

        ReferenceResponse edited;
        try (var ignored = BearerToken.as(author)) {
            var e = own.engagement();
            edited = references.edit(
                    own.id(),
                    new ReferenceRequest(
                            new ReferenceRequest.CompanyPart(own.companyName(), null),
                            new ReferenceRequest.EngagementPart(
                                    e.services(), e.mode(), e.start(), e.end(), e.monthlyCostBand(), e.teamSize()),
                            own.rating(),
                            own.criteria().entrySet().stream()
                                    .collect(Collectors.toMap(x -> x.getKey().name(), Map.Entry::getValue)),
                            own.wouldRecommend(),
                            SampleReferences.facts(false),
                            "Une autre entrée en matière. " + original.substring(original.indexOf('.') + 2),
                            own.contactAllowed(),
                            null,
                            own.version()));
        }

        assertThat(edited.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
    }

    @Test
    void catchesACopyOfAReferenceWrittenBeforeSentencesWereIndexedOnceTheBackfillRan() throws SQLException {
        String body = body();
        var earlier = write(fakes.vendor.knownProvider(), "Notre cabinet comptable a tout externalisé. " + body);
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM reference_sentence WHERE reference_id = '" + earlier.id() + "'");
            statement.execute("UPDATE reference SET sentences_indexed = false WHERE id = '" + earlier.id() + "'");
        }

        assertThat(backfill.indexAll()).isPositive();
        var copy = write(fakes.vendor.knownProvider(), "Prestataire sérieux et disponible. " + body);

        assertThat(copy.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
    }

    @Test
    void textsSharingOnlyShortCommonPhrasesAreNotFlagged() {
        write(fakes.vendor.knownProvider(), "Je recommande. " + SampleReferences.uniqueText());

        var other = write(fakes.vendor.knownProvider(), "Je recommande. " + SampleReferences.uniqueText());

        assertThat(other.status()).isEqualTo(ReferenceStatus.PUBLISHED);
    }

    @Test
    void findsCandidatesThroughTheSentenceIndexNotByScanningReferences() throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("""
                    EXPLAIN SELECT c.reference_id, sum(q.length) AS shared
                      FROM unnest('{1,2,3}'::bigint[], '{40,50,60}'::integer[]) AS q(hash, length)
                     CROSS JOIN LATERAL (SELECT s.reference_id FROM reference_sentence s
                                          WHERE s.hash = q.hash AND s.reference_id <> gen_random_uuid() LIMIT 50) c
                     GROUP BY c.reference_id ORDER BY shared DESC LIMIT 1""")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }

            assertThat(plan.toString()).contains("reference_sentence_hash_idx").doesNotContain("Seq Scan on reference");
        }
    }

    private ReferenceResponse write(UUID provider, String comment) {
        return write(TestIssuer.shared().account("SME"), provider, comment);
    }

    private ReferenceResponse write(TestIssuer.TestAccount author, UUID provider, String comment) {
        try (var ignored = BearerToken.as(author)) {
            return references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID().toString().substring(0, 6), null, 5, comment))
                    .body();
        }
    }

    /** Three sentences of five words and more, unique to the test that asks. */
    private static String body() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return "Le dossier " + id + " a été traité avec beaucoup de soin par le technicien. "
                + "Les pannes du serveur " + id + " ont disparu en quelques semaines seulement. "
                + "La facture mensuelle " + id + " est restée exactement celle du devis signé.";
    }
}
