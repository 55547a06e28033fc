package io.vetted.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.convert.value.ConvertibleMultiValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchFormTest {

    @Test
    void sendsNoParameterForAFilterLeftEmpty() {
        var query = form(Map.of()).query();

        assertThat(query.specialty()).isNull();
        assertThat(query.mode()).isNull();
        assertThat(query.q()).isNull();
        assertThat(query.pricing()).isNull();
    }

    @Test
    void keepsRepeatedValuesAndReadsAFrenchDecimalPrice() {
        var query = form(Map.of("specialty", List.of("HELPDESK", "NETWORKS"), "maxPrice", List.of("65,5")))
                .query();

        assertThat(query.specialty()).containsExactly("HELPDESK", "NETWORKS");
        assertThat(query.maxPrice()).isEqualByComparingTo("65.5");
        assertThat(query.pricing()).isEqualTo("HOURLY");
    }

    @Test
    void sendsTheLiteralFlagAndKeepsItInTheLinksToOtherPages() {
        var form = form(Map.of("q", List.of("infogérance Lyon"), "literal", List.of("true")));

        assertThat(form.query().literal()).isEqualTo("true");
        assertThat(form.baseQuery()).endsWith("&literal=true");
        assertThat(form(Map.of("q", List.of("Lyon"))).query().literal()).isNull();
    }

    @Test
    void dropsValuesThatCannotMeanAnything() {
        var form = form(Map.of(
                "kind",
                List.of("<script>"),
                "maxPrice",
                List.of("beaucoup"),
                "page",
                List.of("-3"),
                "after",
                List.of("x'; DROP")));

        assertThat(form.kind()).isNull();
        assertThat(form.maxPrice()).isNull();
        assertThat(form.page()).isZero();
        assertThat(form.after()).isNull();
    }

    @Test
    void rebuildsItsQueryStringWithoutThePageItIsOn() {
        var form = form(Map.of(
                "q",
                List.of("infogérance lyon"),
                "specialty",
                List.of("HELPDESK", "NETWORKS"),
                "verifiedOnly",
                List.of("true"),
                "after",
                List.of("abc")));

        assertThat(form.baseQuery())
                .isEqualTo("q=infog%C3%A9rance+lyon&specialty=HELPDESK&specialty=NETWORKS&verifiedOnly=true");
    }

    @Test
    void readsAsVendorServiceDoesForASavedSearchAPriceCeilingAgainstHourlyRatesAndNoOrder() {
        var form = form(Map.of("maxPrice", List.of("80"), "sort", List.of("PRICE"), "page", List.of("2")));

        assertThat(form.vendorQuery()).isEqualTo("pricing=HOURLY&maxPrice=80");
    }

    private static SearchForm form(Map<String, List<String>> params) {
        return SearchForm.of(ConvertibleMultiValues.of(new LinkedHashMap<CharSequence, List<String>>(params)));
    }
}
