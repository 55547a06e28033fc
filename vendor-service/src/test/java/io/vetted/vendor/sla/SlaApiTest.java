package io.vetted.vendor.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import io.vetted.vendor.watch.WatchOutbox;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaApiTest implements PostgresTest {

    @Inject
    SlaClient slas;

    @Inject
    ProviderClient providers;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void publishesTheSlaTermsOnTheProfile() {
        var owned = provider();
        SlaResponse saved = as(owned, sla(owned, 0L, 30, 240));

        assertThat(saved.version()).isEqualTo(1);
        SlaResponse shown = providers.get(owned.id()).sla();
        assertThat(shown.supportDays())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(shown.supportFrom()).isEqualTo(LocalTime.of(8, 30));
        assertThat(shown.afterHours()).isEqualTo(AfterHours.ON_CALL);
        assertThat(shown.afterHoursSurchargePercent()).isEqualTo(50);
        assertThat(shown.criticalResponseMinutes()).isEqualTo(30);
        assertThat(shown.availabilityPercent()).isEqualByComparingTo("99.9");
        assertThat(shown.reportingCadence()).isEqualTo(ReportingCadence.MONTHLY);
    }

    @Test
    void aLongerCriticalResponseTimeQueuesOneWatchEventWithBothTimes() {
        var owned = provider();
        as(owned, sla(owned, 0L, 30, 240));

        as(owned, sla(owned, 1L, 120, 240));

        assertThat(WatchOutbox.events(dataSource, owned.id()))
                .singleElement()
                .satisfies(event -> assertThat(event)
                        .contains("\"kind\": \"SLA_LOWERED\"", "\"severity\": \"critical\"")
                        .contains("\"oldResponseMinutes\": 30", "\"newResponseMinutes\": 120"));
    }

    @Test
    void aFasterResponseTimeQueuesNoWatchEvent() {
        var owned = provider();
        as(owned, sla(owned, 0L, 30, 240));

        as(owned, sla(owned, 1L, 15, 240));

        assertThat(WatchOutbox.events(dataSource, owned.id())).isEmpty();
    }

    @Test
    void rejectsMalformedHoursWith400NamingTheField() {
        var owned = provider();
        Map<String, Object> body = new HashMap<>(Map.of(
                "version",
                0,
                "supportDays",
                List.of("MONDAY"),
                "supportFrom",
                "8h30",
                "supportTo",
                "18:00",
                "afterHours",
                "NONE"));

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.PUT("/api/providers/" + owned.id() + "/sla", body)
                                .bearerAuth(owned.owner().token())))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "supportFrom"));
    }

    @Test
    void rejectsAResolutionTargetShorterThanTheResponseWith422() {
        var owned = provider();

        assertThatThrownBy(() -> as(owned, sla(owned, 0L, 240, 60)))
                .satisfies(
                        e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "criticalResolutionMinutes"));
    }

    @Test
    void rejectsSupportEndingBeforeItStartsWith422() {
        var owned = provider();
        var request = new SlaRequest(
                0L,
                Set.of(DayOfWeek.MONDAY),
                LocalTime.of(18, 0),
                LocalTime.of(9, 0),
                AfterHours.NONE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThatThrownBy(() -> as(owned, () -> slas.update(owned.id(), request)))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "supportTo"));
    }

    @Test
    void refusesAnEditOnAStaleVersionWith409() {
        var owned = provider();
        as(owned, sla(owned, 0L, 30, 240));

        assertThatThrownBy(() -> as(owned, sla(owned, 0L, 60, 480)))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        assertThat(providers.get(owned.id()).sla().criticalResponseMinutes()).isEqualTo(30);
    }

    @Test
    void refusesAnotherAccountWith403() {
        var owned = provider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> sla(owned, 0L, 30, 240).get())
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
        assertThat(providers.get(owned.id()).sla().afterHours()).isNull();
    }

    private Supplier<SlaResponse> sla(Providers.Owned owned, long version, int response, int resolution) {
        return () -> slas.update(
                owned.id(),
                new SlaRequest(
                        version,
                        Set.of(
                                DayOfWeek.MONDAY,
                                DayOfWeek.TUESDAY,
                                DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY,
                                DayOfWeek.FRIDAY),
                        LocalTime.of(8, 30),
                        LocalTime.of(18, 0),
                        AfterHours.ON_CALL,
                        50,
                        response,
                        resolution,
                        120,
                        480,
                        480,
                        2400,
                        new BigDecimal("99.9"),
                        "5 % du forfait par heure de retard",
                        ReportingCadence.MONTHLY,
                        "Tickets, technicien attitré, revue mensuelle"));
    }

    private Providers.Owned provider() {
        return Providers.published(
                providers, Providers.agency("Agence " + System.nanoTime(), "Lyon", Specialty.HELPDESK));
    }

    private static <T> T as(Providers.Owned owned, Supplier<T> call) {
        try (var ignored = BearerToken.as(owned.owner())) {
            return call.get();
        }
    }
}
