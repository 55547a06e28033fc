package io.vetted.vendor.company;

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
import io.vetted.vendor.document.Uploads;
import io.vetted.vendor.notice.OwnerNoticeOutbox;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A moderator's decision on a company check is told to the provider's owner with its reason, once. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyCheckNoticeApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    CompanyClient companies;

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
    void aRefusedCheckTellsTheOwnerTheReasonOnceAndNobodyElse() {
        var owned = Providers.published(providers, Providers.company("Agence Floue", Providers.newSiren(), null));
        var bystander = Providers.published(providers, Providers.company("Agence Nette", Providers.newSiren(), null));
        UUID check = requestKbis(owned);
        requestKbis(bystander);

        refuse(check);
        assertThatThrownBy(() -> refuse(check)).satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));

        assertThat(OwnerNoticeOutbox.notices(dataSource, owned.id()))
                .singleElement()
                .satisfies(notice -> assertThat(notice)
                        .contains(
                                "\"kind\": \"VERIFICATION\"",
                                "\"accountIds\": [\"" + owned.owner().id() + "\"]")
                        .contains("refusée", "refused", "Extrait Kbis illisible")
                        .contains("\"link\": \"/my/provider/company-check\""));
        assertThat(OwnerNoticeOutbox.notices(dataSource, bystander.id())).isEmpty();
    }

    private void refuse(UUID check) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            companies.decide(
                    check, new CompanyCheckDecision(CompanyCheckDecision.Outcome.REJECTED, "Extrait Kbis illisible"));
        }
    }

    private UUID requestKbis(Providers.Owned owned) {
        UUID kbis = Uploads.pdf(http, owned.id(), owned.owner());
        try (var ignored = BearerToken.as(owned.owner())) {
            return companies
                    .request(owned.id(), new CompanyCheckRequest(CheckEvidence.KBIS, kbis, null, "Extrait récent"))
                    .body()
                    .id();
        }
    }
}
