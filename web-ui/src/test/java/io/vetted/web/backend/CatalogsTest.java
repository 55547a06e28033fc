package io.vetted.web.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogsTest implements ServicesTest {

    private static final String CATALOG = "/api/catalog";
    private static final String ONE_SPECIALTY = "{\"specialties\":[\"NETWORKS\"],\"sectors\":[],\"certifications\":[],"
            + "\"practices\":[],\"regions\":[{\"code\":\"84\",\"name\":\"Auvergne-Rhône-Alpes\","
            + "\"departments\":[{\"code\":\"69\",\"name\":\"Rhône\"}]}]}";
    private static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final FakeServices services = new FakeServices();
    private final MovingClock clock = new MovingClock();

    @Inject
    VendorClient vendor;

    @Override
    public FakeServices services() {
        return services;
    }

    @BeforeEach
    void answer() {
        services.answer(CATALOG, ONE_SPECIALTY);
    }

    @Test
    void keepsTheCatalogueUntilItIsOlderThanItsMaxAge() {
        Catalogs catalogs = new Catalogs(vendor, MAX_AGE, clock);
        int before = services.callsTo(CATALOG).size();

        catalogs.get();
        clock.advance(MAX_AGE.minusSeconds(1));
        assertThat(catalogs.get().specialties()).containsExactly("NETWORKS");
        assertThat(services.callsTo(CATALOG)).hasSize(before + 1);

        clock.advance(Duration.ofSeconds(2));
        catalogs.get();
        assertThat(services.callsTo(CATALOG)).hasSize(before + 2);
    }

    @Test
    void keepsServingTheCatalogueItHasWhileVendorServiceFails() {
        Catalogs catalogs = new Catalogs(vendor, MAX_AGE, clock);
        catalogs.get();
        services.fail(CATALOG, 503);
        clock.advance(MAX_AGE.plusMinutes(1));

        assertThat(catalogs.get().specialties()).containsExactly("NETWORKS");
        assertThat(catalogs.departmentName("69")).isEqualTo("Rhône (69)");
    }

    @Test
    void namesAreasByTheirCodes() {
        Catalogs catalogs = new Catalogs(vendor, MAX_AGE, clock);

        assertThat(catalogs.regionName("84")).isEqualTo("Auvergne-Rhône-Alpes");
        assertThat(catalogs.departmentName("69")).isEqualTo("Rhône (69)");
        assertThat(catalogs.regionName("99")).isEqualTo("99");
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
