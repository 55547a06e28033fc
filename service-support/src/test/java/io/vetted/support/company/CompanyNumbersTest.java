package io.vetted.support.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"732 829 320", "732\u00a0829\u00a0320", "732\u202f829\u202f320", " 732829320\t"})
    void acceptsASirenTypedWithSpacesOfAnyKind(String typed) {
        assertThat(CompanyNumbers.isSiren(typed)).isTrue();
        assertThat(CompanyNumbers.normalize(typed)).isEqualTo("732829320");
    }

    @Test
    void refusesASirenWithOneDigitWrongOrTheWrongLength() {
        assertThat(CompanyNumbers.isSiren("732829321")).isFalse();
        assertThat(CompanyNumbers.isSiren("73282932")).isFalse();
        assertThat(CompanyNumbers.isSiren("73282932A")).isFalse();
        assertThat(CompanyNumbers.isSiren(null)).isFalse();
    }

    @Test
    void checksASiretLikeASiren() {
        assertThat(CompanyNumbers.isSiret("732 829 320 00074")).isTrue();
        assertThat(CompanyNumbers.isSiret("732\u202f829\u202f320\u00a000074")).isTrue();
        assertThat(CompanyNumbers.isSiret("73282932000075")).isFalse();
    }

    @Test
    void checksLaPostesEstablishmentsByTheirDigitSum() {
        assertThat(CompanyNumbers.isSiret("35600000000001")).isTrue();
        assertThat(CompanyNumbers.isSiret("35600000000002")).isFalse();
    }

    @Test
    void completesABodyWithItsCheckDigit() {
        assertThat(CompanyNumbers.withCheckDigit("73282932")).isEqualTo("732829320");
        assertThat(CompanyNumbers.isSiret(CompanyNumbers.withCheckDigit("7328293200007")))
                .isTrue();
    }
}
