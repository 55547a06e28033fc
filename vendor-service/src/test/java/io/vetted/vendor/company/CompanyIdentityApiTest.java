package io.vetted.vendor.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.FakeCompanyRegister;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.document.Uploads;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.ProviderResponse;
import io.vetted.vendor.provider.Providers;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyIdentityApiTest implements PostgresTest {

    private final FakeCompanyRegister register = new FakeCompanyRegister();

    @Inject
    ProviderClient providers;

    @Inject
    CompanyClient companies;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        Map<String, String> properties = new HashMap<>(TestIssuer.shared().securityProperties());
        properties.put("micronaut.http.services.company-register.url", register.url());
        properties.put("vetted.company-register.recheck-interval", "200ms");
        properties.put("vetted.company-register.recheck-initial-delay", "200ms");
        properties.put("vetted.company-register.first-retry", "200ms");
        return properties;
    }

    @AfterAll
    void stopRegister() {
        register.close();
    }

    @Test
    void keepsTheSirenDeclaredUntilBothTheRegisterAndAModeratorVouchForIt() {
        String siren = Providers.newSiren();
        register.active(siren, "INFOGERANCE DU RHONE SAS");
        var owned = Providers.published(providers, Providers.company("Infogérance du Rhône", siren, null));
        ProviderResponse found = awaitRegister(owned, RegisterState.ACTIVE);

        assertThat(found.company().status()).isEqualTo(CompanyStatus.DECLARED);
        assertThat(found.company().owner().nameMatchesRegister()).isTrue();
        assertThat(providers.get(owned.id()).company().legalName()).isNull();

        acceptKbis(owned);

        CompanyResponse shown = providers.get(owned.id()).company();
        assertThat(shown.status()).isEqualTo(CompanyStatus.VERIFIED);
        assertThat(shown.legalName()).isEqualTo("INFOGERANCE DU RHONE SAS");
        assertThat(shown.verifiedAt()).isNotNull();
        assertThat(shown.owner()).isNull();
    }

    @Test
    void savesTheProfileWhileTheRegisterIsDownAndChecksOnceItIsBack() {
        String siren = Providers.newSiren();
        register.active(siren, "ALPES RESEAUX");
        register.down(true);
        try {
            var owned = Providers.published(providers, Providers.company("Alpes Réseaux", siren, null));
            assertThat(owned.profile().company().status()).isEqualTo(CompanyStatus.DECLARED);
            awaitRegister(owned, RegisterState.UNAVAILABLE);
            register.down(false);

            assertThat(awaitRegister(owned, RegisterState.ACTIVE)
                            .company()
                            .owner()
                            .registerName())
                    .isEqualTo("ALPES RESEAUX");
        } finally {
            register.down(false);
        }
    }

    @Test
    void refusesToAcceptACheckOfACompanyTheRegisterListsAsCeasedWith422() {
        String siren = Providers.newSiren();
        register.closed(siren, "ANCIENNE AGENCE");
        var owned = Providers.published(providers, Providers.company("Ancienne Agence", siren, null));
        awaitRegister(owned, RegisterState.CLOSED);
        UUID check = requestKbis(owned).id();

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThatThrownBy(() -> companies.decide(check, accept()))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "outcome"));
        }
        assertThat(providers.get(owned.id()).company().status()).isEqualTo(CompanyStatus.DECLARED);
    }

    @Test
    void acceptsAMailCheckOnlyFromAnAddressAtTheWebsitesRegistrableDomain() {
        String siren = Providers.newSiren();
        register.active(siren, "BREIZH INFO");
        var owned =
                Providers.published(providers, Providers.company("Breizh Info", siren, "https://www.breizh-info.fr"));

        try (var ignored = BearerToken.as(owned.owner())) {
            assertThatThrownBy(() -> companies.request(
                            owned.id(),
                            new CompanyCheckRequest(CheckEvidence.DOMAIN_MAIL, null, "patron@gmail.com", null)))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "contactEmail"));
            CompanyCheckResponse check = companies
                    .request(
                            owned.id(),
                            new CompanyCheckRequest(
                                    CheckEvidence.DOMAIN_MAIL, null, "Direction@Contact.Breizh-Info.fr", null))
                    .body();
            assertThat(check.contactEmail()).isEqualTo("direction@contact.breizh-info.fr");
        }
    }

    @Test
    void startsOverWhenTheSirenChanges() {
        String siren = Providers.newSiren();
        String next = Providers.newSiren();
        register.active(siren, "SAONE SUPPORT").active(next, "SAONE SUPPORT BIS");
        var owned = Providers.published(providers, Providers.company("Saône Support", siren, null));
        awaitRegister(owned, RegisterState.ACTIVE);
        acceptKbis(owned);

        try (var ignored = BearerToken.as(owned.owner())) {
            ProviderResponse mine = providers.mine();
            ProviderResponse changed =
                    providers.identity(owned.id(), Providers.identity(mine, mine.name(), next, null));
            assertThat(changed.company().siren()).isEqualTo(next);
            assertThat(changed.company().status()).isEqualTo(CompanyStatus.DECLARED);
            assertThat(changed.company().owner().moderatorCheckedAt()).isNull();
        }
    }

    @Test
    void refusesASecondCheckWhileOneWaitsWith409AndOnlyModeratorsDecide() {
        var owned = Providers.published(providers, Providers.company("Agence Pressée", Providers.newSiren(), null));
        UUID check = requestKbis(owned).id();

        assertThatThrownBy(() -> requestKbis(owned)).satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        try (var ignored = BearerToken.as(owned.owner())) {
            assertThatThrownBy(() -> companies.decide(check, accept()))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    private ProviderResponse awaitRegister(Providers.Owned owned, RegisterState state) {
        try (var ignored = BearerToken.as(owned.owner())) {
            await().atMost(Duration.ofSeconds(15))
                    .pollInSameThread()
                    .until(() -> providers.mine().company().owner().registerState() == state);
            return providers.mine();
        }
    }

    private CompanyCheckResponse requestKbis(Providers.Owned owned) {
        UUID kbis = Uploads.pdf(http, owned.id(), owned.owner());
        try (var ignored = BearerToken.as(owned.owner())) {
            return companies
                    .request(
                            owned.id(),
                            new CompanyCheckRequest(CheckEvidence.KBIS, kbis, null, "Extrait de moins de 3 mois"))
                    .body();
        }
    }

    private void acceptKbis(Providers.Owned owned) {
        UUID check = requestKbis(owned).id();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(companies.decide(check, accept()).status()).isEqualTo(CheckStatus.ACCEPTED);
        }
    }

    private static CompanyCheckDecision accept() {
        return new CompanyCheckDecision(CompanyCheckDecision.Outcome.ACCEPTED, "Kbis conforme au registre");
    }
}
