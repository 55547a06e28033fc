package io.vetted.vendor.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNumbersTest {

    @Test
    void acceptsASirenWithAValidChecksumTypedWithSpaces() {
        assertThat(CompanyNumbers.isSiren("732 829 320")).isTrue();
        assertThat(CompanyNumbers.normalize("732 829 320")).isEqualTo("732829320");
    }

    @Test
    void refusesASirenWithOneDigitWrongOrTheWrongLength() {
        assertThat(CompanyNumbers.isSiren("732829321")).isFalse();
        assertThat(CompanyNumbers.isSiren("73282932")).isFalse();
        assertThat(CompanyNumbers.isSiren("73282932A")).isFalse();
    }

    @Test
    void checksASiretLikeASiren() {
        assertThat(CompanyNumbers.isSiret("732 829 320 00074")).isTrue();
        assertThat(CompanyNumbers.isSiret("73282932000075")).isFalse();
    }

    @Test
    void appliesLaPostesDigitSumRuleToItsEstablishments() {
        assertThat(CompanyNumbers.isSiret("35600000000001")).isTrue();
        assertThat(CompanyNumbers.isSiret("35600000000002")).isFalse();
    }
}
