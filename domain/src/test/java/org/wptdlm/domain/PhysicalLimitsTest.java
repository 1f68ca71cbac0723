package org.wptdlm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhysicalLimitsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 100_000.001, 1e308, Double.NaN, Double.POSITIVE_INFINITY})
    void gridLimitOutsideAboveZeroTo100MwIsRefused(double gridLimitKw) {
        assertThatThrownBy(() -> PhysicalLimits.requireGridLimitKw(gridLimitKw, "gridLimitKw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("gridLimitKw must be above 0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 150, 100_000})
    void gridLimitWithinTheRangeIsKept(double gridLimitKw) {
        assertThat(PhysicalLimits.requireGridLimitKw(gridLimitKw, "gridLimitKw")).isEqualTo(gridLimitKw);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1000.5, 1e308, Double.NaN})
    void powerOutsideZeroTo1MwIsRefused(double powerKw) {
        assertThatThrownBy(() -> PhysicalLimits.requirePowerKw(powerKw, "maxKw"))
                .hasMessageStartingWith("maxKw must be a finite number from 0 to 1000 kW");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.49, 1e-320, 0, 1.01, Double.NaN})
    void efficiencyOutsideHalfToOneIsRefused(double efficiency) {
        assertThatThrownBy(() -> PhysicalLimits.requireEfficiency(efficiency, "efficiency"))
                .hasMessageStartingWith("efficiency must be a finite number from 0.5 to 1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 100.1, Double.NEGATIVE_INFINITY})
    void stateOfChargeOutsideZeroToHundredIsRefused(double socPercent) {
        assertThatThrownBy(() -> PhysicalLimits.requirePercent(socPercent, "socPercent"))
                .hasMessageStartingWith("socPercent must be a finite number from 0 to 100 %");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, 1000.1, Double.POSITIVE_INFINITY})
    void energyOutsideZeroTo1MwhIsRefused(double energyKwh) {
        assertThatThrownBy(() -> PhysicalLimits.requireEnergyKwh(energyKwh, "batteryCapacityKwh"))
                .hasMessageStartingWith("batteryCapacityKwh must be a finite number from 0 to 1000 kWh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hub\u0000", "Hub\u001b[31m", "line\nbreak", "\u007f"})
    void controlCharactersAreFound(String name) {
        assertThat(PhysicalLimits.hasControlCharacter(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Berlin Mitte", "Zürich Hbf – Süd", "東京"})
    void printableNamesPass(String name) {
        assertThat(PhysicalLimits.hasControlCharacter(name)).isFalse();
    }
}
