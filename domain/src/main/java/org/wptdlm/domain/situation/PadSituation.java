package org.wptdlm.domain.situation;

import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.vehicle.Vehicle;

/**
 * A pad with its latest reading, if that is fresh enough to describe the present.
 *
 * @param latestReading the pad's newest reading within the freshness window, or null
 * @param readingVehicle the vehicle that reading names, when it is a known vehicle, or null
 */
public record PadSituation(HubPad pad, PadTelemetry latestReading, Vehicle readingVehicle) {
}
