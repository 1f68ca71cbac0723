package org.wptdlm.ingest.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The SoC a published plan expects of a vehicle over time: its SoC when planned plus the energy the
 * plan delivers since. A vehicle reporting far from this is re-planned.
 *
 * @param kwBySlot power delivered to the vehicle per slot from {@code planStart}, kW
 */
public record SocExpectation(
        String hubId,
        Instant planStart,
        int slotMinutes,
        double socAtStartPercent,
        double batteryCapacityKwh,
        List<Double> kwBySlot) {

    public double expectedSocPercentAt(Instant at) {
        double elapsedHours = Duration.between(planStart, at).toMillis() / 3_600_000.0;
        double slotHours = slotMinutes / 60.0;
        double energyKwh = 0;
        for (int slot = 0; slot < kwBySlot.size() && slot * slotHours < elapsedHours; slot++) {
            double hoursInSlot = Math.min(slotHours, elapsedHours - slot * slotHours);
            energyKwh += kwBySlot.get(slot) * hoursInSlot;
        }
        return Math.min(100, socAtStartPercent + energyKwh / batteryCapacityKwh * 100);
    }
}
