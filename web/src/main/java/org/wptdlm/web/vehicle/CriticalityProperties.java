package org.wptdlm.web.vehicle;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.wptdlm.domain.vehicle.CriticalityRule;

/**
 * Which vehicles are critical ({@code dlm.criticality.*}), bound once for the planner, the figures
 * and the recommendations.
 *
 * @param socPercent below this state of charge a vehicle is critical; the energy up to it is its must-have
 * @param priority from this priority (NORMAL 1, FLEET 2, EMERGENCY 3) a vehicle is critical; its whole need is a must-have
 */
@Validated
@ConfigurationProperties("dlm.criticality")
record CriticalityProperties(
        @DefaultValue("20") @DecimalMin("0") @DecimalMax("100") double socPercent,
        @DefaultValue("3") @Min(0) int priority) {

    CriticalityRule rule() {
        return new CriticalityRule(socPercent, priority);
    }
}
