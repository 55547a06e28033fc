package io.vetted.vendor.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    @Test
    void matchesANameThatDiffersByAccentsCaseAndLegalForm() {
        assertThat(CompanyNames.match("Infogérance du Rhône", "INFOGERANCE DU RHONE SAS"))
                .isTrue();
        assertThat(CompanyNames.match("Acme", "ACME SARL (ACME INFORMATIQUE)")).isTrue();
    }

    @Test
    void doesNotMatchAnotherCompanyOrAPartOfAWord() {
        assertThat(CompanyNames.match("Infogérance Lyon", "RESEAUX BRETONS")).isFalse();
        assertThat(CompanyNames.match("Net", "NETWORK SOLUTIONS")).isFalse();
        assertThat(CompanyNames.match("Acme", null)).isFalse();
    }
}
