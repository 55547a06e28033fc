package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

    private final Messages messages = new Messages(new UiMessages(), Locale.ENGLISH);

    @Test
    void putsEachViolationsMessageNextToItsField() {
        var errors = FormErrors.of(refusal(422, "invalid", "company.name", "rating"), messages)
                .map();

        assertThat(errors)
                .containsEntry("company.name", messages.get("field.company.name"))
                .containsEntry("rating", messages.get("field.rating"))
                .hasSize(2);
    }

    @Test
    void mapsOfferFieldsAndListItemsToTheFormsOwnNames() {
        assertThat(FormErrors.formField("offers[0].priceEur")).isEqualTo("priceEur");
        assertThat(FormErrors.formField("offers[0].title")).isEqualTo("offerTitle");
        assertThat(FormErrors.formField("specialties[3]")).isEqualTo("specialties");
        assertThat(FormErrors.formField("rating")).isEqualTo("rating");
    }

    @Test
    void renamesFieldsTheWayTheCallerSays() {
        var errors = FormErrors.of(refusal(422, "invalid", "siren"), messages)
                .fields(field -> "publish." + field)
                .map();

        assertThat(errors).containsEntry("publish.siren", messages.get("field.publish.siren"));
    }

    @Test
    void takesTheParentFieldsMessageElseTheGenericOne() {
        var errors = FormErrors.of(refusal(422, "invalid", "company.name.first", "nothingKnown"), messages)
                .map();

        assertThat(errors)
                .containsEntry("company.name.first", messages.get("field.company.name"))
                .containsEntry("nothingKnown", messages.get("field.generic"));
    }

    @Test
    void answersAStatusWithTheMessageItWasGiven() {
        var errors = FormErrors.of(refusal(409, "taken"), messages)
                .on(409, FormErrors.FORM, "contact.alreadyAsked")
                .map();

        assertThat(errors).containsExactly(Map.entry(FormErrors.FORM, messages.get("contact.alreadyAsked")));
    }

    @Test
    void saysAnInvalidRequestWithoutFieldsAboveTheForm() {
        assertThat(FormErrors.of(refusal(422, "bad"), messages)
                        .otherwise("field.generic")
                        .map())
                .containsExactly(Map.entry(FormErrors.FORM, messages.get("field.generic")));
        assertThat(FormErrors.of(refusal(403, "Not yours"), messages)
                        .otherwise("field.generic")
                        .map())
                .containsExactly(Map.entry(FormErrors.FORM, "Not yours"));
    }

    @Test
    void neverRelaysTheServicesEnglishOnTheFrenchSite() {
        Messages french = new Messages(new UiMessages(), Locale.FRENCH);

        assertThat(FormErrors.of(refusal(403, "Not yours"), french).map())
                .containsExactly(Map.entry(FormErrors.FORM, french.get("refusal.403")));
        assertThat(FormErrors.of(refusal(418, "I am a teapot"), french).map())
                .containsExactly(Map.entry(FormErrors.FORM, french.get("refusal.other")));
    }

    @Test
    void leavesServerErrorsAndPropagatedStatusesToTheErrorPages() {
        assertThatThrownBy(() -> FormErrors.of(refusal(503, "down"), messages).map())
                .isInstanceOf(HttpClientResponseException.class);
        assertThatThrownBy(() -> FormErrors.of(refusal(404, "gone"), messages)
                        .propagate(404)
                        .map())
                .isInstanceOf(HttpClientResponseException.class);
    }

    private static HttpClientResponseException refusal(int status, String detail, String... fields) {
        List<Map<String, String>> violations = Arrays.stream(fields)
                .map(field -> Map.of("field", field, "message", "must be valid"))
                .toList();
        Map<String, Object> body = fields.length == 0
                ? Map.of("status", status, "detail", detail)
                : Map.of("status", status, "detail", detail, "violations", violations);
        return new HttpClientResponseException(
                detail, HttpResponse.status(HttpStatus.valueOf(status)).body(body));
    }
}
