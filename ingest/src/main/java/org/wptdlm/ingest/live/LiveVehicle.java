package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.telemetry.VehicleTelemetry;
import org.wptdlm.domain.vehicle.PriorityClass;

/** The live state of one vehicle; thread-safe. */
final class LiveVehicle {

    private final String vehicleId;
    private double batteryCapacityKwh;
    private double maxChargePowerKw;
    private final PriorityClass priorityClass;
    private Double socPercent;
    private Instant socAt;
    private final DeviceSequence telemetry = new DeviceSequence();

    LiveVehicle(String vehicleId, double batteryCapacityKwh, double maxChargePowerKw, PriorityClass priorityClass,
            Double socPercent) {
        this.vehicleId = vehicleId;
        this.batteryCapacityKwh = batteryCapacityKwh;
        this.maxChargePowerKw = maxChargePowerKw;
        this.priorityClass = priorityClass;
        this.socPercent = socPercent;
    }

    /** Records the reading; a newer reading updates SoC and, when given, the battery figures. */
    synchronized DeviceSequence.Verdict apply(VehicleReport report) {
        VehicleTelemetry reading = report.reading();
        DeviceSequence.Verdict verdict = telemetry.accept(reading.measuredAt(), reading.sequence());
        if (verdict == DeviceSequence.Verdict.LATEST) {
            socPercent = reading.socPercent();
            socAt = reading.measuredAt();
            if (report.describesVehicle()) {
                batteryCapacityKwh = report.batteryCapacityKwh();
                maxChargePowerKw = report.maxChargePowerKw();
            }
        }
        return verdict;
    }

    synchronized VehicleSnapshot snapshot() {
        return new VehicleSnapshot(vehicleId, batteryCapacityKwh, maxChargePowerKw, priorityClass, socPercent, socAt);
    }
}
