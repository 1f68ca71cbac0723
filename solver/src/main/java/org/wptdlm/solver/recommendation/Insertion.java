package org.wptdlm.solver.recommendation;

import java.util.List;

/**
 * Where and how a newcomer would charge at a hub: the pad (null when none is free during its stay)
 * and the power it gets per slot from {@code fromSlot} on (slots counted from the problem's start).
 */
record Insertion(String padId, int fromSlot, List<Double> kwBySlot, double slotHours) {

    private static final double NEGLIGIBLE_KW = 1e-6;
    /** The greedy's level search stops a hair short of a need; a watt-hour is no shortfall. */
    static final double MET_TOLERANCE_KWH = 1e-3;

    static Insertion none(int fromSlot, double slotHours) {
        return new Insertion(null, fromSlot, List.of(), slotHours);
    }

    Insertion {
        kwBySlot = List.copyOf(kwBySlot);
    }

    double energyKwh() {
        return kwBySlot.stream().mapToDouble(Double::doubleValue).sum() * slotHours;
    }

    /** The first slot with power, or -1 when the newcomer gets none. */
    int firstChargingSlot() {
        for (int i = 0; i < kwBySlot.size(); i++) {
            if (kwBySlot.get(i) > NEGLIGIBLE_KW) {
                return fromSlot + i;
            }
        }
        return -1;
    }

    /** The slot at whose end {@code energyKwh} has been delivered, or -1 when it never is. */
    int slotReaching(double energyKwh) {
        double delivered = 0.0;
        for (int i = 0; i < kwBySlot.size(); i++) {
            delivered += kwBySlot.get(i) * slotHours;
            if (delivered >= energyKwh - MET_TOLERANCE_KWH) {
                return fromSlot + i;
            }
        }
        return -1;
    }
}
