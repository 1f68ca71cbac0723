package org.wptdlm.solver.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.solver.replay.OnlineStrategy.Vehicle;

class FlatLevelStrategyTest {

    @Test
    void lowestLevelSpreadsFlexibleEnergyOverTheStay() {
        // 12 kWh over 4 one-hour slots: 3 kW.
        Vehicle flexible = new Vehicle(0, 4, 11, 12);

        assertThat(FlatLevelStrategy.lowestLevelKw(List.of(flexible), 0, 1.0)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void lowestLevelCoversAVehicleThatMustChargeAtFullPowerNow() {
        // B needs 6 kW in its only slot; A can wait: level 6 kW, not (6 + 8) / 4.
        Vehicle patient = new Vehicle(0, 4, 6, 8);
        Vehicle urgent = new Vehicle(0, 1, 6, 6);

        assertThat(FlatLevelStrategy.lowestLevelKw(List.of(patient, urgent), 0, 1.0)).isCloseTo(6.0, within(1e-9));
    }
}
