package io.vetted.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReportTableTest {

    @Test
    void callsMadeOneAfterTheOtherServeTheHarmonicShareOfTheirThroughputs() {
        assertThat(ReportTable.serial(100, 100)).isCloseTo(50, within(1e-9));
        assertThat(ReportTable.serial(600, 2400, 800)).isCloseTo(300, within(1e-9));
    }
}
