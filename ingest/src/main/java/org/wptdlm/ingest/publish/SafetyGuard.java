package org.wptdlm.ingest.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.ingest.live.HubSnapshot;
import org.wptdlm.ingest.live.PadSnapshot;

/**
 * The last check before an allocation leaves the service, independent of the planner: in every slot,
 * each pad within its maximum (and at zero when it cannot charge), each circuit and the grid
 * connection (the slot's {@link ChargingHeadroom}: binding limit minus base load) within their limits. A slot that breaks a limit is scaled down
 * until it fits, and the correction is reported. Values are rounded down to watts, so rounding
 * cannot push a sum over a limit.
 */
final class SafetyGuard {

    /** kW tolerated before a value counts as over a limit (float rounding). */
    static final double TOLERANCE_KW = 1e-6;

    /** The guarded allocation: kW to the vehicle per pad id and slot, and what had to be corrected. */
    record Guarded(Map<String, double[]> kwByPad, List<String> corrections) {}

    private SafetyGuard() {}

    /** @param headroomKwBySlot what the pads together may draw from the grid in each slot, kW */
    static Guarded guard(HubSnapshot hub, double[] headroomKwBySlot, Map<String, double[]> plannedKwByPad) {
        int slots = headroomKwBySlot.length;
        List<String> corrections = new ArrayList<>();
        Map<String, double[]> kwByPad = new HashMap<>();
        for (PadSnapshot pad : hub.pads()) {
            double[] planned = plannedKwByPad.get(pad.padId());
            double[] kw = new double[slots];
            for (int t = 0; t < slots && planned != null; t++) {
                kw[t] = padLimited(hub, pad, planned[t], t, corrections);
            }
            kwByPad.put(pad.padId(), kw);
        }
        for (int t = 0; t < slots; t++) {
            limitCircuits(hub, kwByPad, t, corrections);
            limitGrid(hub, headroomKwBySlot[t], kwByPad, t, corrections);
        }
        kwByPad.values().forEach(SafetyGuard::roundDownToWatts);
        return new Guarded(kwByPad, corrections);
    }

    private static double padLimited(HubSnapshot hub, PadSnapshot pad, double kw, int slot, List<String> corrections) {
        if (!Double.isFinite(kw) || kw < 0) {
            corrections.add("slot " + slot + ": pad " + pad.padId() + " was given " + kw + " kW");
            return 0;
        }
        double maxKw = pad.status().canCharge() ? pad.maxPowerKw() : 0;
        if (kw > maxKw + TOLERANCE_KW) {
            corrections.add("slot " + slot + ": pad " + pad.padId() + " " + kw + " kW above its " + maxKw + " kW");
            return maxKw;
        }
        return Math.min(kw, maxKw);
    }

    private static void limitCircuits(HubSnapshot hub, Map<String, double[]> kwByPad, int slot, List<String> corrections) {
        for (Map.Entry<String, Double> circuit : hub.circuitLimitsKw().entrySet()) {
            List<PadSnapshot> onCircuit = hub.pads().stream()
                    .filter(pad -> circuit.getKey().equals(pad.circuitId()))
                    .toList();
            double drawKw = gridDrawKw(onCircuit, kwByPad, slot);
            if (drawKw > circuit.getValue() + TOLERANCE_KW) {
                corrections.add(String.format("slot %d: circuit %s %.3f kW over its %.3f kW limit",
                        slot, circuit.getKey(), drawKw, circuit.getValue()));
                scale(onCircuit, kwByPad, slot, circuit.getValue() / drawKw);
            }
        }
    }

    private static void limitGrid(HubSnapshot hub, double headroomKw, Map<String, double[]> kwByPad, int slot,
            List<String> corrections) {
        double drawKw = gridDrawKw(hub.pads(), kwByPad, slot);
        if (drawKw > headroomKw + TOLERANCE_KW) {
            corrections.add(String.format("slot %d: pads draw %.3f kW, the grid allows %.3f kW", slot, drawKw, headroomKw));
            scale(hub.pads(), kwByPad, slot, headroomKw / drawKw);
        }
    }

    static double gridDrawKw(List<PadSnapshot> pads, Map<String, double[]> kwByPad, int slot) {
        double drawKw = 0;
        for (PadSnapshot pad : pads) {
            drawKw += kwByPad.get(pad.padId())[slot] / pad.efficiency();
        }
        return drawKw;
    }

    private static void scale(List<PadSnapshot> pads, Map<String, double[]> kwByPad, int slot, double factor) {
        for (PadSnapshot pad : pads) {
            kwByPad.get(pad.padId())[slot] *= factor;
        }
    }

    private static void roundDownToWatts(double[] kw) {
        for (int t = 0; t < kw.length; t++) {
            kw[t] = Math.floor(kw[t] * 1000) / 1000;
        }
    }
}
