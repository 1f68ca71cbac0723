package org.wptdlm.solver.timefold;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wptdlm.solver.PlanningWeights;
import org.wptdlm.solver.constraints.ChargingConstraints;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.ChargingSession;
import org.wptdlm.solver.model.CircuitSlot;
import org.wptdlm.solver.model.PadChoice;
import org.wptdlm.solver.model.PadFact;
import org.wptdlm.solver.model.PowerCell;
import org.wptdlm.solver.model.SlotCapacity;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Builds the Timefold solution from a problem, the pads of a start allocation (the starting value of
 * every pad choice; parked vehicles' choices are pinned) and optionally its powers (null powers = let
 * the greedy phase fill them), and maps a solved plan back to an allocation. Every session gets cells,
 * served or not, so that local search can give an unserved session a pad.
 * Powers become whole watts, rounded down, so the model never claims more than the plan delivered.
 */
public final class ChargePlanBuilder {

    /** Share of the stated stay that counts as certain (see {@link #conservativeStaySlots}). */
    static final double CONSERVATIVE_STAY_SHARE = 0.5;

    private ChargePlanBuilder() {
    }

    public static ChargePlan build(IndexedProblem problem, Allocation start, boolean withPowers, Allocation published,
            PlanningWeights weights) {
        List<SlotCapacity> slots = new ArrayList<>(problem.slots());
        Double peakTargetKw = problem.source().hub().peakTargetKw();
        long peakTargetW = peakTargetKw == null ? SlotCapacity.NO_PEAK_TARGET : wattsDown(peakTargetKw);
        for (int t = 0; t < problem.slots(); t++) {
            slots.add(new SlotCapacity(t, microWattsDown(problem.headroomKw(t)), Math.round(problem.baseLoadKw(t) * 1000.0),
                    peakTargetW, problem.source().pricePerKwh(t), problem.source().carbonGPerKwh(t)));
        }
        CircuitSlot[][] circuitSlots = new CircuitSlot[problem.circuits()][problem.slots()];
        List<CircuitSlot> circuitSlotList = new ArrayList<>();
        for (int c = 0; c < problem.circuits(); c++) {
            String circuitId = problem.source().circuits().get(c).id();
            for (int t = 0; t < problem.slots(); t++) {
                circuitSlots[c][t] = new CircuitSlot(circuitId + "@" + t, microWattsDown(problem.circuitLimitKw(c)));
                circuitSlotList.add(circuitSlots[c][t]);
            }
        }
        List<PadFact> pads = new ArrayList<>();
        pads.add(PadFact.NONE);
        int maxPadW = 0;
        for (int p = 0; p < problem.pads(); p++) {
            int circuit = problem.padCircuit(p);
            pads.add(new PadFact(p, problem.source().pads().get(p).id(), (int) wattsDown(problem.padMaxKw(p)),
                    problem.padEfficiency(p), circuit < 0 ? new CircuitSlot[0] : circuitSlots[circuit]));
            maxPadW = Math.max(maxPadW, (int) wattsDown(problem.padMaxKw(p)));
        }
        List<ChargingSession> sessions = new ArrayList<>();
        List<PadChoice> padChoices = new ArrayList<>();
        List<PowerCell> cells = new ArrayList<>();
        double slotHours = problem.slotHours();
        for (int s = 0; s < problem.sessions(); s++) {
            ChargingSession session = new ChargingSession(s, problem.source().sessions().get(s).id(),
                    wattSlotsDown(problem.energyKwh(s), slotHours), wattSlotsDown(problem.criticalKwh(s), slotHours),
                    problem.weight(s), conservativeStaySlots(problem.windowSlots(s)));
            sessions.add(session);
            int pad = start.pad(s);
            int vehicleMaxW = (int) wattsDown(problem.sessionMaxKw(s));
            PadChoice choice = new PadChoice(session, problem.arrivalSlot(s), problem.departureSlot(s), vehicleMaxW,
                    problem.fixedPad(s) >= 0, pad < 0 ? PadFact.NONE : pads.get(pad + 1));
            padChoices.add(choice);
            int rangeMaxW = Math.min(vehicleMaxW, maxPadW);
            int rateW = choice.rateW();
            for (int t = problem.arrivalSlot(s); t < problem.departureSlot(s); t++) {
                Integer watts = withPowers ? (int) Math.min(rateW, wattsDown(start.kw(s, t))) : null;
                int publishedW = published == null ? -1 : (int) Math.min(rangeMaxW, wattsDown(published.kw(s, t)));
                cells.add(new PowerCell((long) s * problem.slots() + t, choice, slots.get(t), rangeMaxW,
                        t - problem.arrivalSlot(s), publishedW, slotHours, watts));
            }
        }
        return new ChargePlan(problem, slots, circuitSlotList, sessions, pads, padChoices, cells, overrides(weights));
    }

    public static Allocation toAllocation(ChargePlan plan) {
        IndexedProblem problem = plan.getProblem();
        Allocation allocation = new Allocation(problem.sessions(), problem.slots());
        for (PadChoice choice : plan.getPadChoices()) {
            allocation.assignPad(choice.getIndex(), choice.getPad().isNone() ? -1 : choice.getPad().getIndex());
        }
        for (PowerCell cell : plan.getCells()) {
            allocation.setKw(cell.getSession().index(), cell.getSlot().slot(), cell.wattsOrZero() / 1000.0);
        }
        return allocation;
    }

    static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(PlanningWeights weights) {
        return ConstraintWeightOverrides.of(Map.of(
                ChargingConstraints.CRITICAL_ENERGY_MISSING, HardMediumSoftLongScore.ofMedium(weights.criticalEnergy()),
                ChargingConstraints.ENERGY_MISSING, HardMediumSoftLongScore.ofMedium(weights.energy()),
                ChargingConstraints.LATE_ENERGY, HardMediumSoftLongScore.ofSoft(weights.earliness()),
                ChargingConstraints.PEAK_ABOVE_TARGET, HardMediumSoftLongScore.ofSoft(weights.peak()),
                ChargingConstraints.ENERGY_COST, HardMediumSoftLongScore.ofSoft(weights.cost()),
                ChargingConstraints.CARBON, HardMediumSoftLongScore.ofSoft(weights.carbon()),
                ChargingConstraints.DEFERRED_ENERGY, HardMediumSoftLongScore.ofSoft(weights.deferral()),
                ChargingConstraints.SETPOINT_CHANGES, HardMediumSoftLongScore.ofSoft(weights.smoothness()),
                ChargingConstraints.PLAN_CHANGES, HardMediumSoftLongScore.ofSoft(weights.stability())));
    }

    /** kW to whole W, rounded down (with a hair of slack for values like 6.6 that are not exact in binary). */
    static long wattsDown(double kw) {
        return (long) Math.floor(kw * 1000.0 + 1e-6);
    }

    /** kW to whole µW, rounded down: limits in µW never claim more than the real limit. */
    static long microWattsDown(double kw) {
        return (long) Math.floor(kw * 1e9);
    }

    /**
     * The slots after arrival a vehicle is assumed to stay for sure: half its stated stay, at least one
     * slot. Drivers leave a median 4 h before they said (ACN-Data, see docs/solver.md), so only energy
     * that cannot fit before this point may wait for cheaper slots.
     */
    static int conservativeStaySlots(int staySlots) {
        return Math.max(1, (int) Math.ceil(staySlots * CONSERVATIVE_STAY_SHARE));
    }

    static long wattSlotsDown(double kwh, double slotHours) {
        return (long) Math.floor(kwh * 1000.0 / slotHours + 1e-6);
    }
}
