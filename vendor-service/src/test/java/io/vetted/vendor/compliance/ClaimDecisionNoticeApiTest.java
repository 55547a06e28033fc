package io.vetted.vendor.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.ComplianceTopic;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.notice.OwnerNoticeOutbox;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A moderator's decision on a compliance claim is told to the provider's owner, once, through the outbox. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimDecisionNoticeApiTest implements PostgresTest {

    @Inject
    ComplianceClient compliance;

    @Inject
    ProviderClient providers;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void verifyingAClaimTellsTheOwnerOnceAsAVerificationNotice() {
        var owned = provider();
        var bystander = provider();
        declare(owned);
        declare(bystander);

        review(owned, 0L, ClaimStatus.VERIFIED);

        assertThat(OwnerNoticeOutbox.notices(dataSource, owned.id()))
                .singleElement()
                .satisfies(notice -> assertThat(notice)
                        .contains(
                                "\"kind\": \"VERIFICATION\"",
                                "\"accountIds\": [\"" + owned.owner().id() + "\"]")
                        .contains("ISO 27001", "vérifiée", "verified", "\"link\": \"/my/provider/compliance\""));
        assertThat(OwnerNoticeOutbox.notices(dataSource, bystander.id())).isEmpty();
    }

    @Test
    void aDecisionRefusedAsStaleTellsNobodyASecondTime() {
        var owned = provider();
        declare(owned);
        review(owned, 0L, ClaimStatus.VERIFIED);

        assertThatThrownBy(() -> review(owned, 0L, ClaimStatus.VERIFIED))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));

        assertThat(OwnerNoticeOutbox.notices(dataSource, owned.id())).hasSize(1);
    }

    @Test
    void leavingAClaimUnverifiedTellsTheOwnerItStaysTheirOwnWord() {
        var owned = provider();
        declare(owned);

        review(owned, 0L, ClaimStatus.SELF_DECLARED);

        assertThat(OwnerNoticeOutbox.notices(dataSource, owned.id()))
                .singleElement()
                .satisfies(notice -> assertThat(notice).contains("non vérifiée", "not verified"));
    }

    private void declare(Providers.Owned owned) {
        try (var ignored = BearerToken.as(owned.owner())) {
            compliance.declare(owned.id(), ComplianceTopic.ISO_27001, new ClaimRequest(null, "", "Certificat AFNOR"));
        }
    }

    private void review(Providers.Owned owned, long version, ClaimStatus status) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            compliance.review(owned.id(), ComplianceTopic.ISO_27001, new ClaimReview(version, status));
        }
    }

    private Providers.Owned provider() {
        return Providers.published(
                providers, Providers.agency("Agence " + System.nanoTime(), "Lyon", Specialty.HELPDESK));
    }
}
