package org.wptdlm.solver.recommendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wptdlm.domain.planning.Pad;

/**
 * Greedy insertion of one more vehicle into a hub's published plan, without re-planning the others:
 * on every pad, from the first slot it is free during the stay until it is taken again, the vehicle
 * takes the power the plan leaves, as early as it can. The pad giving the most energy wins (then the
 * earliest start, then the most efficient). A vehicle arriving inside a slot has only the rest of it:
 * that slot's energy is scaled by {@code arrivalSlotShare}. Costs pads × slots of the stay: cheap
 * enough to run for every hub on every request.
 */
final class InsertionSimulator {

    private InsertionSimulator() {
    }

    static Insertion insert(ResidualCapacity residual, int arrivalSlot, double arrivalSlotShare, int departureSlot,
            double energyKwh, double vehicleMaxKw) {
        double slotHours = residual.problem().slotHours();
        Insertion best = Insertion.none(arrivalSlot, slotHours);
        Pad bestPad = null;
        for (Pad pad : residual.problem().pads()) {
            if (pad.maxKw() <= 0) {
                continue;
            }
            int from = residual.firstFreeSlot(pad.id(), arrivalSlot, departureSlot);
            if (from < 0) {
                continue;
            }
            int to = residual.nextBusySlot(pad.id(), from, departureSlot);
            double firstSlotShare = from == arrivalSlot ? arrivalSlotShare : 1.0;
            Insertion candidate = fill(residual, pad, from, to, firstSlotShare, energyKwh, vehicleMaxKw);
            if (bestPad == null || better(candidate, pad, best, bestPad)) {
                best = candidate;
                bestPad = pad;
            }
        }
        return best;
    }

    /** kW per slot are averages over the slot, so the first slot's power is scaled by the share of it left. */
    private static Insertion fill(ResidualCapacity residual, Pad pad, int from, int to, double firstSlotShare,
            double energyKwh, double vehicleMaxKw) {
        double slotHours = residual.problem().slotHours();
        double[] kw = new double[to - from];
        double remainingKwh = energyKwh;
        for (int t = from; t < to && remainingKwh > 0; t++) {
            double room = Math.min(vehicleMaxKw, residual.roomKw(pad, t)) * (t == from ? firstSlotShare : 1.0);
            kw[t - from] = Math.min(room, remainingKwh / slotHours);
            remainingKwh -= kw[t - from] * slotHours;
        }
        List<Double> kwBySlot = new ArrayList<>(kw.length);
        Arrays.stream(kw).forEach(kwBySlot::add);
        return new Insertion(pad.id(), from, kwBySlot, slotHours);
    }

    private static boolean better(Insertion candidate, Pad pad, Insertion best, Pad bestPad) {
        int byEnergy = Double.compare(Math.round(candidate.energyKwh() * 1000), Math.round(best.energyKwh() * 1000));
        if (byEnergy != 0) {
            return byEnergy > 0;
        }
        int candidateStart = startOrNever(candidate);
        int bestStart = startOrNever(best);
        if (candidateStart != bestStart) {
            return candidateStart < bestStart;
        }
        return pad.efficiency() > bestPad.efficiency();
    }

    private static int startOrNever(Insertion insertion) {
        int start = insertion.firstChargingSlot();
        return start < 0 ? Integer.MAX_VALUE : start;
    }
}
