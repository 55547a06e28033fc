package io.vetted.review.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The register client against a local server speaking the register's JSON. */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyRegisterTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    CompanyRegister register;

    @Test
    void findsAnActiveCompanyWithItsRegisteredName() {
        String siren = SampleReferences.siren();
        fakes.register.active(siren, "GARAGE PETIT");

        var found = register.lookup(siren);

        assertThat(found.status()).isEqualTo(CompanyRegister.Status.ACTIVE);
        assertThat(found.legalName()).isEqualTo("GARAGE PETIT");
    }

    @Test
    void tellsACeasedCompany() {
        String siren = SampleReferences.siren();
        fakes.register.closed(siren, "ANCIENNE SCIERIE");

        assertThat(register.lookup(siren).status()).isEqualTo(CompanyRegister.Status.CEASED);
    }

    @Test
    void tellsASirenTheRegisterDoesNotKnow() {
        assertThat(register.lookup(SampleReferences.siren()).status()).isEqualTo(CompanyRegister.Status.NOT_FOUND);
    }

    @Test
    void asksTheRegisterOnceForTheSameCompany() {
        String siren = SampleReferences.siren();
        fakes.register.active(siren, "BOULANGERIE MARTIN");
        register.lookup(siren);
        int searches = fakes.register.lookups();

        register.lookup(siren);

        assertThat(fakes.register.lookups()).isEqualTo(searches);
    }

    @Test
    void anOutageIsUnavailableAndNotRemembered() {
        String siren = SampleReferences.siren();
        fakes.register.active(siren, "PHARMACIE DU PORT");
        fakes.register.down(true);
        try {
            assertThat(register.lookup(siren).status()).isEqualTo(CompanyRegister.Status.UNAVAILABLE);
        } finally {
            fakes.register.down(false);
        }

        assertThat(register.lookup(siren).status()).isEqualTo(CompanyRegister.Status.ACTIVE);
    }
}
