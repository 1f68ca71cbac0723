package org.wptdlm.ingest.payload;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.hub.Hub;

/**
 * {@code iot/hubs/{hub_id}/info} (retained): what the hub is. No staleness check: a retained
 * description is old by design.
 *
 * @param gridLimitKw the connection's import limit, kW
 * @param circuits feeder circuits with their own limits; pads name theirs in {@link PadInfoMessage}
 */
public record HubInfoMessage(
        String name,
        String address,
        Double latitude,
        Double longitude,
        Double gridLimitKw,
        List<CircuitInfo> circuits,
        Instant ts) {

    /** A circuit inside the hub with its own limit, kW. */
    public record CircuitInfo(String id, Double limitKw) {
        public CircuitInfo {
            Checks.requiredId(id, "circuits[].id");
            Checks.required(limitKw, "circuits[].limitKw");
            Checks.circuitKw(limitKw, "circuits[].limitKw");
        }
    }

    public HubInfoMessage {
        Checks.requiredText(name, "name", 200);
        // The domain's rule for an address, checked here so a bad one is a stored rejection.
        Checks.optionalText(address, "address", Hub.ADDRESS_MAX_LENGTH);
        Checks.required(latitude, "latitude");
        Checks.between(latitude, -90, 90, "latitude");
        Checks.required(longitude, "longitude");
        Checks.between(longitude, -180, 180, "longitude");
        Checks.required(gridLimitKw, "gridLimitKw");
        Checks.gridLimitKw(gridLimitKw, "gridLimitKw");
        circuits = circuits == null ? List.of() : List.copyOf(circuits);
    }
}
