package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.pad.PadStatus;

/** The live state of one pad; its hub's lock guards it. */
final class LivePad {

    final String padId;
    double maxPowerKw;
    double efficiency;
    String circuitId;
    PadStatus status = PadStatus.AVAILABLE;
    String vehicleId;
    double powerKw;
    Double energyMeterKwh;
    Instant lastStatusAt;
    final DeviceSequence telemetry = new DeviceSequence();

    LivePad(String padId, double maxPowerKw, double efficiency, String circuitId) {
        this.padId = padId;
        this.maxPowerKw = maxPowerKw;
        this.efficiency = efficiency;
        this.circuitId = circuitId;
    }

    PadSnapshot snapshot() {
        return new PadSnapshot(padId, maxPowerKw, efficiency, circuitId, status, vehicleId, powerKw, energyMeterKwh);
    }
}
