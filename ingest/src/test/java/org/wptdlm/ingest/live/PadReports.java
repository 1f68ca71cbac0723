package org.wptdlm.ingest.live;

import java.time.Instant;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.telemetry.PadTelemetry;

/** What a pad reports, applied straight to a hub of the live model as its commands (tests of other packages). */
public final class PadReports {

    private PadReports() {}

    /** The pad reports a vehicle over it, charging. */
    public static void vehicleOn(LiveHub hub, String padId, String vehicleId, Instant at) {
        hub.applyPadStatus(new PadStatusReport(padId, at, PadStatus.CHARGING, vehicleId));
    }

    /** The pad reports a telemetry reading taken at {@code at}. */
    public static void telemetry(LiveHub hub, String padId, Instant at, long sequence) {
        hub.applyPadTelemetry(new PadTelemetry(hub.hubId(), padId, at, sequence, 0.0, 0.0, null, true, null, at));
    }
}
