package io.vetted.web.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormValuesTest {

    @Test
    void readsNumbersAsPeopleTypeThem() {
        assertThat(FormValues.number(" 1 200 ")).isEqualTo(1200);
        assertThat(FormValues.decimal("99,9")).isEqualTo(new BigDecimal("99.9"));
        assertThat(FormValues.hoursAsMinutes("1,5")).isEqualTo(90);
    }

    @Test
    void sendsWhatCannotBeReadAsTypedSoTheServiceNamesTheField() {
        assertThat(FormValues.number("douze")).isEqualTo("douze");
        assertThat(FormValues.hoursAsMinutes("4h")).isEqualTo("4h");
    }

    @Test
    void sendsNothingForABlankField() {
        assertThat(FormValues.number(" ")).isNull();
        assertThat(FormValues.text("")).isNull();
    }

    @Test
    void sendsAResolutionTargetTypedInHoursToTheFieldTheApiNames() {
        assertThat(SlaForm.formField("criticalResolutionMinutes")).isEqualTo("criticalResolutionHours");
        assertThat(SlaForm.formField("criticalResponseMinutes")).isEqualTo("criticalResponseMinutes");
    }
}
