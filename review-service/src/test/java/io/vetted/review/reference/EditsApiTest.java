package io.vetted.review.reference;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.trust.ClientCheck;
import io.vetted.review.trust.Reverification;
import io.vetted.review.verification.VerificationClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/** Edits are tamper-evident: a substantive one shows publicly and takes back what was confirmed. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditsApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    VerificationClient verification;

    @Inject
    Reverification reverification;

    @Inject
    DataSource dataSource;

    @Test
    void aRatingChangeShowsPubliclyAsRatingWasThenNow() {
        var author = TestIssuer.shared().account("SME");
        var written = write(author, fakes.vendor.knownProvider(), null, 5);

        edit(author, written, 2, written.comment());

        var shown = references.get(written.id());
        assertThat(shown.substantiveEdit()).isNotNull();
        assertThat(shown.substantiveEdit().ratingBefore()).isEqualTo(5);
        assertThat(shown.substantiveEdit().ratingNow()).isEqualTo(2);
        assertThat(shown.substantiveEdit().changes()).containsExactly(Change.RATING);
        assertThat(shown.revisionCount()).isEqualTo(1);
    }

    @Test
    void writesAndEditsWithoutMappingWarnings() {
        Logger mapping = (Logger) LoggerFactory.getLogger("io.micronaut.data.runtime.event.listeners.AutoPopulateUtil");
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        mapping.addAppender(warnings);
        try {
            var author = TestIssuer.shared().account("SME");
            var written = write(author, fakes.vendor.knownProvider(), null, 4);
            edit(author, written, 4, SampleReferences.uniqueText());
        } finally {
            mapping.detachAppender(warnings);
        }

        // a reference never edited has no edit trail; saving it as null logged two warnings per write
        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    @Test
    void anyoneReadsTheFullRevisionHistory() {
        var author = TestIssuer.shared().account("SME");
        var written = write(author, fakes.vendor.knownProvider(), null, 5);
        edit(author, written, 2, written.comment());

        List<RevisionResponse> history = references.revisions(written.id());

        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.rating()).isEqualTo(5);
            assertThat(r.substantive()).isTrue();
            assertThat(r.changes()).containsExactly(Change.RATING);
        });
    }

    @Test
    void rewordingIsNotSubstantive() {
        var author = TestIssuer.shared().account("SME");
        var written = write(author, fakes.vendor.knownProvider(), null, 4);

        var edited = edit(author, written, 4, SampleReferences.uniqueText());

        assertThat(edited.substantiveEdit()).isNull();
        assertThat(edited.editedAt()).isNotNull();
    }

    @Test
    void aCriterionMovedByOneStarIsNotSubstantiveButByTwoIs() {
        var author = TestIssuer.shared().account("SME");
        var written = write(author, fakes.vendor.knownProvider(), null, 4);

        var byOne = edit(author, written, Map.of("OBJECTIVES", 3));
        var byTwo = edit(author, byOne, Map.of("OBJECTIVES", 1));

        assertThat(byOne.substantiveEdit()).isNull();
        assertThat(byTwo.substantiveEdit().changes()).containsExactly(Change.CRITERIA);
    }

    @Test
    void aSubstantiveEditTakesBackVettedsVerificationAndTheProvidersConfirmationUntilCheckedAgain()
            throws SQLException {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        String siren = SampleReferences.siren();
        fakes.register.active(siren, "MENUISERIE LAMBERT");
        var author = TestIssuer.shared().account("SME", "x@menuiserie-lambert.fr");
        var written = write(author, provider, siren, 5);
        try (var ignored = BearerToken.as(TestIssuer.shared().token(owner.toString(), "PROVIDER"))) {
            verification.confirm(written.id());
        }

        ReferenceResponse confirmed;
        try (var ignored = BearerToken.as(author)) {
            confirmed = references.get(written.id());
        }
        var edited = edit(author, confirmed, 1, written.comment());

        assertThat(edited.labels()).containsExactly(Label.NOT_VERIFIED);
        assertThat(edited.verification().check()).isEqualTo(ClientCheck.PENDING);

        SampleReferences.execute(
                dataSource,
                "UPDATE reference SET verification_checked_at = now() - interval '2 hours' WHERE id = ?",
                written.id());
        reverification.recheckDue(50);

        assertThat(references.get(written.id()).labels()).containsExactly(Label.CLIENT_VERIFIED);
    }

    @Test
    void changingTheEngagementDatesIsSubstantive() {
        var author = TestIssuer.shared().account("SME");
        var written = write(author, fakes.vendor.knownProvider(), null, 4);
        var request = request(written, 4, written.comment(), Map.of("OBJECTIVES", 4));

        ReferenceResponse edited;
        try (var ignored = BearerToken.as(author)) {
            edited = references.edit(
                    written.id(),
                    new ReferenceRequest(
                            request.company(),
                            SampleReferences.engagement(SampleReferences.today().minusYears(3), null),
                            request.rating(),
                            request.criteria(),
                            request.wouldRecommend(),
                            request.facts(),
                            request.comment(),
                            request.contactAllowed(),
                            null,
                            request.version()));
        }

        assertThat(edited.substantiveEdit().changes()).containsExactly(Change.DATES);
    }

    private ReferenceResponse write(TestIssuer.TestAccount author, UUID provider, String siren, int rating) {
        try (var ignored = BearerToken.as(author)) {
            return references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    siren == null
                                            ? "Client "
                                                    + UUID.randomUUID()
                                                            .toString()
                                                            .substring(0, 6)
                                            : "Menuiserie Lambert",
                                    siren,
                                    rating,
                                    SampleReferences.uniqueText()))
                    .body();
        }
    }

    private ReferenceResponse edit(
            TestIssuer.TestAccount author, ReferenceResponse current, int rating, String comment) {
        try (var ignored = BearerToken.as(author)) {
            return references.edit(current.id(), request(current, rating, comment, names(current.criteria())));
        }
    }

    private ReferenceResponse edit(
            TestIssuer.TestAccount author, ReferenceResponse current, Map<String, Integer> criteria) {
        try (var ignored = BearerToken.as(author)) {
            return references.edit(current.id(), request(current, current.rating(), current.comment(), criteria));
        }
    }

    private static Map<String, Integer> names(Map<Criterion, Integer> criteria) {
        return criteria.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    }

    private static ReferenceRequest request(
            ReferenceResponse current, int rating, String comment, Map<String, Integer> criteria) {
        var e = current.engagement();
        return new ReferenceRequest(
                new ReferenceRequest.CompanyPart(current.companyName(), current.companySiren()),
                new ReferenceRequest.EngagementPart(
                        e.services(), e.mode(), e.start(), e.end(), e.monthlyCostBand(), e.teamSize()),
                rating,
                criteria,
                current.wouldRecommend(),
                new ReferenceRequest.FactsPart(
                        current.facts().unannouncedPriceIncrease(),
                        current.facts().subcontracting(),
                        current.facts().afterHoursIncident()),
                comment,
                current.contactAllowed(),
                null,
                current.version());
    }
}
