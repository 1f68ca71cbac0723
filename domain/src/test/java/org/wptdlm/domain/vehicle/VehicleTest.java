package org.wptdlm.domain.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VehicleTest {

    @Test
    void stateOfChargeAbove100IsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Vehicle("ev-1", null, 60, 11, 100.1, PriorityClass.NORMAL))
                .withMessageContaining("socPercent");
    }

    @Test
    void notANumberIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Vehicle("ev-1", null, Double.NaN, 11, 50.0, PriorityClass.NORMAL))
                .withMessageContaining("batteryCapacityKwh");
    }

    @Test
    void energyBetweenTwoStatesOfChargeScalesWithTheBattery() {
        Vehicle van = new Vehicle("ev-1", "Van", 80, 11, 20.0, PriorityClass.FLEET);

        assertThat(van.energyKwhBetween(20, 80)).isEqualTo(48.0);
        assertThat(van.energyKwhBetween(90, 80)).isZero();
    }

    @Test
    void emergencyOutranksFleetOutranksNormal() {
        assertThat(PriorityClass.EMERGENCY.priority()).isGreaterThan(PriorityClass.FLEET.priority());
        assertThat(PriorityClass.FLEET.priority()).isGreaterThan(PriorityClass.NORMAL.priority());
    }
}
