package org.wptdlm.ingest.live;

import java.util.Optional;
import org.wptdlm.domain.telemetry.VehicleTelemetry;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

/**
 * A vehicle reports its state: the reading, and the battery figures it may describe itself with. A
 * vehicle unknown to the service registers with a report that carries both figures.
 *
 * @param batteryCapacityKwh usable battery capacity, kWh, or null
 * @param maxChargePowerKw the most the vehicle accepts, kW, or null
 */
public record VehicleReport(VehicleTelemetry reading, Double batteryCapacityKwh, Double maxChargePowerKw) {

    /** Whether the report says enough to register an unknown vehicle. */
    public boolean describesVehicle() {
        return batteryCapacityKwh != null && maxChargePowerKw != null;
    }

    /** The vehicle a describing report registers (normal priority until an operator says otherwise). */
    public Optional<Vehicle> describedVehicle() {
        return describesVehicle()
                ? Optional.of(new Vehicle(reading.vehicleId(), null, batteryCapacityKwh, maxChargePowerKw,
                        reading.socPercent(), PriorityClass.NORMAL))
                : Optional.empty();
    }
}
