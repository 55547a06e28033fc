package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void mapsOfferFieldsToTheFormsOwnNames() {
        assertThat(FieldErrors.formField("offers[0].priceEur")).isEqualTo("priceEur");
        assertThat(FieldErrors.formField("offers[0].title")).isEqualTo("offerTitle");
    }

    @Test
    void mapsAnInvalidListItemToTheList() {
        assertThat(FieldErrors.formField("specialties[3]")).isEqualTo("specialties");
    }

    @Test
    void keepsPlainFieldsAsTheyAre() {
        assertThat(FieldErrors.formField("rating")).isEqualTo("rating");
    }
}
