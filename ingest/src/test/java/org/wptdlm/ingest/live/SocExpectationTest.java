package org.wptdlm.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SocExpectationTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void addsThePlannedEnergyUpToTheMoment() {
        // 60 kWh battery, 12 kW for 15 min = 3 kWh = 5 %, then 6 kW
        SocExpectation expectation = new SocExpectation("hub-1", START, 15, 40, 60, List.of(12.0, 6.0, 0.0));

        assertThat(expectation.expectedSocPercentAt(START)).isCloseTo(40, within(1e-9));
        assertThat(expectation.expectedSocPercentAt(START.plusSeconds(15 * 60))).isCloseTo(45, within(1e-9));
        assertThat(expectation.expectedSocPercentAt(START.plusSeconds(30 * 60))).isCloseTo(47.5, within(1e-9));
        assertThat(expectation.expectedSocPercentAt(START.plusSeconds(5 * 3600))).isCloseTo(47.5, within(1e-9));
    }

    @Test
    void neverExpectsMoreThanFull() {
        SocExpectation expectation = new SocExpectation("hub-1", START, 60, 95, 10, List.of(50.0));

        assertThat(expectation.expectedSocPercentAt(START.plusSeconds(3600))).isEqualTo(100);
    }
}
