package org.wptdlm.ingest.live;

import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.telemetry.VehicleTelemetry;

/** Takes accepted telemetry for the database; implementations buffer and write in batches. */
public interface TelemetrySink {

    void vehicle(VehicleTelemetry reading);

    void pad(PadTelemetry reading);
}
