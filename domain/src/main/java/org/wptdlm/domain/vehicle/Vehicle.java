package org.wptdlm.domain.vehicle;

import static org.wptdlm.domain.Invariants.optionalPercent;
import static org.wptdlm.domain.Invariants.optionalText;
import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.Invariants.requirePositive;
import static org.wptdlm.domain.Invariants.requirePresent;
import static org.wptdlm.domain.PhysicalLimits.requireEnergyKwh;
import static org.wptdlm.domain.PhysicalLimits.requirePowerKw;

/**
 * An electric vehicle that can charge on the pads.
 *
 * @param socPercent the last known state of charge (0–100), or null before the first telemetry
 */
public record Vehicle(
        String id,
        String name,
        double batteryCapacityKwh,
        double maxChargePowerKw,
        Double socPercent,
        PriorityClass priorityClass) {

    public static final int NAME_MAX_LENGTH = 200;

    public Vehicle {
        requireId(id, "id");
        optionalText(name, "name", NAME_MAX_LENGTH);
        requirePositive(batteryCapacityKwh, "batteryCapacityKwh");
        requireEnergyKwh(batteryCapacityKwh, "batteryCapacityKwh");
        requirePositive(maxChargePowerKw, "maxChargePowerKw");
        requirePowerKw(maxChargePowerKw, "maxChargePowerKw");
        optionalPercent(socPercent, "socPercent");
        requirePresent(priorityClass, "priorityClass");
    }

    /** The energy the battery takes to go from {@code fromSocPercent} to {@code toSocPercent}; 0 when already there. */
    public double energyKwhBetween(double fromSocPercent, double toSocPercent) {
        return Math.max(0, toSocPercent - fromSocPercent) / 100 * batteryCapacityKwh;
    }
}
