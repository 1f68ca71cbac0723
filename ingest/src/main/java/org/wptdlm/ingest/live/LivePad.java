package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.node.NodeStatus;

/** The live state of one pad; its hub's lock guards it. */
final class LivePad {

    final String nodeId;
    double maxPowerKw;
    double efficiency;
    String circuitId;
    NodeStatus status = NodeStatus.AVAILABLE;
    String vehicleId;
    double powerKw;
    Double energyMeterKwh;
    Instant lastStatusAt;
    final DeviceSequence telemetry = new DeviceSequence();

    LivePad(String nodeId, double maxPowerKw, double efficiency, String circuitId) {
        this.nodeId = nodeId;
        this.maxPowerKw = maxPowerKw;
        this.efficiency = efficiency;
        this.circuitId = circuitId;
    }

    PadSnapshot snapshot() {
        return new PadSnapshot(nodeId, maxPowerKw, efficiency, circuitId, status, vehicleId, powerKw, energyMeterKwh);
    }
}
