package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.ingest.payload.PadTelemetryMessage;
import org.wptdlm.ingest.payload.VehicleTelemetryMessage;

/** Takes accepted telemetry for the database; implementations buffer and write in batches. */
public interface TelemetrySink {

    void vehicle(String vehicleId, VehicleTelemetryMessage reading, Instant receivedAt);

    void pad(String hubId, String padId, PadTelemetryMessage reading, Instant receivedAt);
}
