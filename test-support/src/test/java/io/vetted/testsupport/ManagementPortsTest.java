package io.vetted.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManagementPortsTest {

    @Test
    void neverHandsOutOnePortTwice() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            assertThat(ports.add(ManagementPorts.free()))
                    .as("port handed out twice")
                    .isTrue();
        }
    }

    @Test
    void handsOutOnlyPortsBelowTheEphemeralRange() {
        assertThat(ManagementPorts.free()).isBetween(24_000, 31_999);
    }
}
