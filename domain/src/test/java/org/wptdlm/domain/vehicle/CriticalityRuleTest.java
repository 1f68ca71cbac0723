package org.wptdlm.domain.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CriticalityRuleTest {

    private final CriticalityRule rule = CriticalityRule.DEFAULT;

    @Test
    void lowStateOfChargeOrEmergencyIsCriticalByDefault() {
        assertThat(rule.isCritical(19.9, PriorityClass.NORMAL)).isTrue();
        assertThat(rule.isCritical(20.0, PriorityClass.NORMAL)).isFalse();
        assertThat(rule.isCritical(90.0, PriorityClass.FLEET)).isFalse();
        assertThat(rule.isCritical(90.0, PriorityClass.EMERGENCY)).isTrue();
        assertThat(rule.isCritical(null, PriorityClass.NORMAL)).isFalse();
        assertThat(rule.isLowSoc(19.9)).isTrue();
        assertThat(rule.isLowSoc(null)).isFalse();
    }

    @Test
    void aConfiguredRuleMovesBothThresholds() {
        CriticalityRule fleetToo = new CriticalityRule(30, PriorityClass.FLEET.priority());

        assertThat(fleetToo.isCritical(25.0, PriorityClass.NORMAL)).isTrue();
        assertThat(fleetToo.isCritical(90.0, PriorityClass.FLEET)).isTrue();
    }

    @Test
    void mustHaveIsTheEnergyUpToTheThresholdOrTheWholeNeedFromThePriorityOn() {
        assertThat(rule.criticalEnergyKwh(40, 10, 50, PriorityClass.NORMAL.priority())).isCloseTo(5, within(1e-9));
        assertThat(rule.criticalEnergyKwh(2, 10, 50, PriorityClass.NORMAL.priority())).isEqualTo(2);
        assertThat(rule.criticalEnergyKwh(40, 60, 50, PriorityClass.FLEET.priority())).isZero();
        assertThat(rule.criticalEnergyKwh(40, 60, 50, PriorityClass.EMERGENCY.priority())).isEqualTo(40);
    }

    @Test
    void thresholdsOutsideTheirRangesAreRefused() {
        assertThatThrownBy(() -> new CriticalityRule(101, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriticalityRule(20, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
