package org.wptdlm.web.dashboard;

import java.util.List;

/**
 * Chart data: planned grid draw per slot, stacked, against the (time-varying) grid limit.
 *
 * @param baseLoadKw the non-charging load per slot, or null when the hub has none
 * @param nowIndex the slot the present falls in, or null when outside the horizon
 */
record GridChart(List<String> slotLabels, List<Double> limitKw, List<Double> baseLoadKw, List<Stack> stacks,
        Integer nowIndex) {

    /** One layer of the stack: a vehicle, or all vehicles of a priority. */
    record Stack(String name, List<Double> kw) {}
}
