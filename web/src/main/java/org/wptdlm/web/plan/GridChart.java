package org.wptdlm.web.plan;

import java.util.List;

/**
 * Chart data: planned grid draw per slot, stacked, against the (time-varying) grid limit, with the
 * price and carbon intensity per slot on a second axis.
 *
 * @param limitSources the source that set the binding limit per slot ({@code info}, {@code mqtt},
 *     {@code operator}, {@code safe-limit:<source>}, …), or null when not known
 * @param pricePerKwh the energy price per slot, or null when the problem has none
 * @param carbonGPerKwh the carbon intensity per slot, g CO₂/kWh, or null when the problem has none
 * @param baseLoadKw the non-charging load per slot, or null when the hub has none
 * @param nowIndex the slot the present falls in, or null when outside the horizon
 * @param yMaxKw the top of the kW axis when charts are to be compared on one scale, or null to fit
 */
public record GridChart(List<String> slotLabels, List<Double> limitKw, List<String> limitSources, List<Double> baseLoadKw,
        List<Stack> stacks, List<Double> pricePerKwh, List<Double> carbonGPerKwh, Integer nowIndex, Double yMaxKw) {

    /** One layer of the stack: a vehicle, or all vehicles of a priority. */
    record Stack(String name, List<Double> kw) {}

    /** The highest point drawn: the limit or the stacked draw, whichever is higher in any slot. */
    public double highestKw() {
        double highest = 0;
        for (int slot = 0; slot < slotLabels.size(); slot++) {
            double drawKw = baseLoadKw == null ? 0 : baseLoadKw.get(slot);
            for (Stack stack : stacks) {
                drawKw += stack.kw().get(slot);
            }
            highest = Math.max(highest, Math.max(drawKw, limitKw.get(slot)));
        }
        return highest;
    }

    public GridChart withYMax(double newYMaxKw) {
        return new GridChart(slotLabels, limitKw, limitSources, baseLoadKw, stacks, pricePerKwh, carbonGPerKwh, nowIndex,
                newYMaxKw);
    }
}
