package org.wptdlm.ingest.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.ingest.live.HubSnapshot;
import org.wptdlm.ingest.live.PadSnapshot;

/**
 * The limits pads keep to when the service goes silent. Every pad of the hub (whatever its state:
 * a faulty pad may recover meanwhile) gets an equal share of the charging headroom (the lowest over
 * the planned horizon, {@link ChargingHeadroom#lowestKw}), drawn from the grid, capped at its maximum; pads on a circuit are scaled down to fit the circuit. So any
 * combination of pads running at their fallback stays within the grid and circuit limits.
 */
public final class FallbackLimits {

    private FallbackLimits() {}

    /** Fallback power to the vehicle per pad id, kW, sharing out {@code headroomKw} of grid power. */
    public static Map<String, Double> of(HubSnapshot hub, double headroomKw) {
        List<PadSnapshot> pads = hub.pads();
        Map<String, Double> fallbackKw = new HashMap<>();
        if (pads.isEmpty()) {
            return fallbackKw;
        }
        double gridShareKw = headroomKw / pads.size();
        Map<String, Double> circuitDrawKw = new HashMap<>();
        for (PadSnapshot pad : pads) {
            double kw = Math.min(pad.maxPowerKw(), gridShareKw * pad.efficiency());
            fallbackKw.put(pad.padId(), kw);
            if (pad.circuitId() != null) {
                circuitDrawKw.merge(pad.circuitId(), kw / pad.efficiency(), Double::sum);
            }
        }
        for (PadSnapshot pad : pads) {
            if (pad.circuitId() == null) {
                continue;
            }
            double limitKw = hub.circuitLimitsKw().getOrDefault(pad.circuitId(), 0.0);
            double drawKw = circuitDrawKw.get(pad.circuitId());
            if (drawKw > limitKw) {
                fallbackKw.computeIfPresent(pad.padId(), (id, kw) -> kw * limitKw / drawKw);
            }
        }
        return fallbackKw;
    }
}
