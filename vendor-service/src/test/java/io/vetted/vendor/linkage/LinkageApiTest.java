package io.vetted.vendor.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.history.DomainPeriod;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.ProviderResponse;
import io.vetted.vendor.provider.Providers;
import io.vetted.vendor.team.TeamPayloads;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkageApiTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    LinkageClient linkage;

    @Inject
    TeamCalls team;

    @Inject
    @Client("/")
    HttpClient http;

    DataSource dataSource;

    @Inject
    void unwrap(DataSource transactionAware) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(transactionAware);
    }

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void answersTheTeamAndEveryRegistrableDomainOfTheWebsiteToServices() {
        var owned = Providers.published(
                providers, Providers.company("Agence Liée", Providers.newSiren(), "https://www.ancien-site.fr"));
        var colleague = TestIssuer.shared().account("PROVIDER");
        join(owned, colleague);
        ProviderResponse moved = moveWebsite(owned, "https://boutique.nouveau-site.fr/contact");

        LinkageResponse linked = asService(() -> linkage.linkage(owned.id()));

        assertThat(linked.teamAccountIds())
                .containsExactly(UUID.fromString(owned.owner().id()), UUID.fromString(colleague.id()));
        assertThat(linked.websiteDomains())
                .extracting(DomainPeriod::domain)
                .containsExactly("ancien-site.fr", "nouveau-site.fr");
        assertThat(linked.lastWebsiteChangeAt()).isNotNull().isAfterOrEqualTo(moved.createdAt());
        assertThat(linked.websiteDomains().get(0).until()).isEqualTo(linked.lastWebsiteChangeAt());
        assertThat(linked.websiteDomains().get(1).until()).isNull();
    }

    @Test
    void forgetsADomainTheWebsiteLeftMoreThan90DaysAgo() throws SQLException {
        var owned = Providers.published(
                providers, Providers.company("Agence Ancienne", Providers.newSiren(), "https://www.tres-ancien.fr"));
        moveWebsite(owned, "https://www.actuel.fr");
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "UPDATE identity_change SET changed_at = now() - interval '91 days' WHERE provider_id = ?")) {
            statement.setObject(1, owned.id());
            statement.executeUpdate();
        }

        assertThat(asService(() -> linkage.linkage(owned.id())).websiteDomains())
                .extracting(DomainPeriod::domain)
                .containsExactly("actuel.fr");
    }

    @Test
    void answersOnlyServicesAnd404ForAnUnknownProvider() {
        var owned = Providers.published(providers, Providers.company("Agence Privée", Providers.newSiren(), null));
        try (var ignored = BearerToken.as(owned.owner())) {
            assertThatThrownBy(() -> linkage.linkage(owned.id()))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.GET("/api/internal/providers/" + UUID.randomUUID() + "/linkage")
                                .bearerAuth(TestIssuer.shared().token("service:review-service", "SERVICE"))))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.NOT_FOUND));
    }

    private ProviderResponse moveWebsite(Providers.Owned owned, String website) {
        try (var ignored = BearerToken.as(owned.owner())) {
            ProviderResponse mine = providers.mine();
            return providers.identity(owned.id(), Providers.identity(mine, mine.name(), mine.siren(), website));
        }
    }

    private void join(Providers.Owned owned, TestIssuer.TestAccount colleague) {
        UUID invitation;
        try (var ignored = BearerToken.as(owned.owner())) {
            invitation = team.invite(owned.id(), new TeamPayloads.NewInvitation(colleague.email()))
                    .body()
                    .id();
        }
        try (var ignored = BearerToken.as(colleague)) {
            team.accept(invitation);
        }
    }

    private static <T> T asService(java.util.function.Supplier<T> call) {
        try (var ignored = BearerToken.as(TestIssuer.shared().token("service:review-service", "SERVICE"))) {
            return call.get();
        }
    }
}
