package org.wptdlm.solver.whatif;

import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;

/**
 * Changes the horizon of a planning problem. A longer horizon carries the last slot's grid limit,
 * base load, price and carbon intensity on (the best guess without a forecast); a shorter one cuts
 * the slot arrays, drops sessions that arrive after it and ends the others at its end.
 */
public final class Horizons {

    private Horizons() {
    }

    public static PlanningProblem resize(PlanningProblem problem, int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 slot, was " + slots);
        }
        if (slots == problem.slots()) {
            return problem;
        }
        HubLimits hub = problem.hub();
        HubLimits resizedHub = hub.withSlotArrays(resize(hub.gridLimitKwBySlot(), slots), resize(hub.baseLoadKwBySlot(), slots));
        List<Session> sessions = problem.sessions();
        if (slots < problem.slots()) {
            sessions = sessions.stream()
                    .filter(session -> session.arrivalSlot() < slots)
                    .map(session -> session.withSlots(session.arrivalSlot(), Math.min(slots, session.departureSlot())))
                    .toList();
        }
        return new PlanningProblem(problem.start(), problem.slotMinutes(), slots, resizedHub, problem.circuits(),
                problem.pads(), resize(problem.pricePerKwhBySlot(), slots), resize(problem.carbonGPerKwhBySlot(), slots),
                sessions);
    }

    /** The problem, made long enough to hold slot {@code slots - 1}. */
    public static PlanningProblem covering(PlanningProblem problem, int slots) {
        return slots <= problem.slots() ? problem : resize(problem, slots);
    }

    private static List<Double> resize(List<Double> bySlot, int slots) {
        if (bySlot == null) {
            return null;
        }
        if (slots <= bySlot.size()) {
            return bySlot.subList(0, slots);
        }
        List<Double> resized = new ArrayList<>(bySlot);
        double last = bySlot.isEmpty() ? 0.0 : bySlot.get(bySlot.size() - 1);
        while (resized.size() < slots) {
            resized.add(last);
        }
        return resized;
    }
}
