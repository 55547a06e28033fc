package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "80|80",
                "80€|80",
                "80 €|80",
                "80\u00a0€|80",
                "€80|80",
                "80 EUR|80",
                "80 euros HT|80",
                "65,50|65.50",
                "65.50 €|65.50",
                "1 200,50 €|1200.50",
                "1\u202f200|1200",
                "1.200,50|1200.50",
                "1,200.50|1200.50"
            })
    void readsAnAmountOfEurosAsPeopleTypeIt(String typed, String amount) {
        assertThat(Amounts.parse(typed))
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "€", "quatre-vingts", "80 $", "-80", "8O", "80..5", "1e3"})
    void refusesWhatIsNotAnAmount(String typed) {
        assertThat(Amounts.parse(typed)).isEmpty();
    }
}
