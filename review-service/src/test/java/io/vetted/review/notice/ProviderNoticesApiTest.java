package io.vetted.review.notice;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The account that owns a provider's profile hears of every reference written, edited or withdrawn on it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderNoticesApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    DataSource dataSource;

    @Test
    void tellsTheProviderOfANewReferenceAndNobodyElse() throws SQLException {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        var author = knownClient();

        var told = told().by(() -> write(author, provider));

        Told.onlyTo(told, owner, "REFERENCE", "/providers/" + provider + "/references");
    }

    @Test
    void aRetriedReferenceTellsTheProviderOnce() throws SQLException {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        var author = knownClient();
        var request = SampleReferences.from("Client " + UUID.randomUUID(), null, 4, SampleReferences.uniqueText());

        var told = told().by(() -> {
            try (var ignored = BearerToken.as(author)) {
                references.create(provider, "retry-" + owner, request);
                references.create(provider, "retry-" + owner, request);
            }
        });

        Told.onlyTo(told, owner, "REFERENCE", "/providers/" + provider + "/references");
    }

    @Test
    void tellsTheProviderOfAnEditAndNotItsAuthor() throws SQLException {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        var author = knownClient();
        var written = write(author, provider);

        var told = told().by(() -> {
            try (var ignored = BearerToken.as(author)) {
                references.edit(written.id(), edited(written));
            }
        });

        Told.onlyTo(told, owner, "REFERENCE", "/providers/" + provider + "/references");
    }

    @Test
    void tellsTheProviderOfAWithdrawalAndNotItsAuthor() throws SQLException {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        var author = knownClient();
        var written = write(author, provider);

        var told = told().by(() -> {
            try (var ignored = BearerToken.as(author)) {
                references.withdraw(written.id());
            }
        });

        Told.onlyTo(told, owner, "REFERENCE", "/providers/" + provider + "/references");
    }

    private Told told() {
        return new Told(fakes, dataSource);
    }

    private TestIssuer.TestAccount knownClient() throws SQLException {
        var author = TestIssuer.shared().account("SME");
        SampleReferences.knownToVetted(dataSource, author.id());
        return author;
    }

    private ReferenceResponse write(TestIssuer.TestAccount author, UUID provider) {
        try (var ignored = BearerToken.as(author)) {
            return references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID(), null, 4, SampleReferences.uniqueText()))
                    .body();
        }
    }

    private static ReferenceRequest edited(ReferenceResponse written) {
        var e = written.engagement();
        return new ReferenceRequest(
                new ReferenceRequest.CompanyPart(written.companyName(), null),
                new ReferenceRequest.EngagementPart(
                        e.services(), e.mode(), e.start(), e.end(), e.monthlyCostBand(), e.teamSize()),
                3,
                Map.of("OBJECTIVES", 3),
                false,
                SampleReferences.facts(false),
                written.comment() + " Le suivi s'est dégradé depuis.",
                true,
                null,
                written.version());
    }
}
