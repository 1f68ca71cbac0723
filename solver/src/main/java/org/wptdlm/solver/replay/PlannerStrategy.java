package org.wptdlm.solver.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.departure.DepartureModel;

/**
 * Our planner, rolling horizon, as the live loop runs it: every slot, a planning problem of the present
 * vehicles (each on its own pad, wanting its remaining energy by the {@link DepartureModel}'s
 * conservative departure, not the stated one) goes through {@link Planner#greedy}, and the plan's first
 * slot is applied. The departure model learns from every vehicle that leaves.
 */
final class PlannerStrategy implements OnlineStrategy {

    private static final String HUB_ID = "replay";

    private final Planner planner = new Planner();
    private final DepartureModel departures = new DepartureModel();
    private final int slotMinutes;

    PlannerStrategy(int slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    @Override
    public String name() {
        return "dlm";
    }

    @Override
    public void departed(Vehicle vehicle, int slot) {
        departures.observe(instantOf(vehicle.estimatedDepartureSlot), instantOf(slot));
    }

    @Override
    public void allocate(int slot, List<Vehicle> present, double capacityKw, double slotHours) {
        List<Pad> pads = new ArrayList<>(present.size());
        List<Session> sessions = new ArrayList<>(present.size());
        int horizonSlots = 1;
        for (int i = 0; i < present.size(); i++) {
            Vehicle vehicle = present.get(i);
            int departureSlot = plannedDepartureSlot(vehicle, slot) - slot;
            horizonSlots = Math.max(horizonSlots, departureSlot);
            pads.add(new Pad("pad-" + i, vehicle.maxKw, 1.0, null));
            sessions.add(new Session("session-" + i, "vehicle-" + i, 0, departureSlot, vehicle.remainingKwh, null,
                    vehicle.maxKw, 0, "pad-" + i));
        }
        PlanningProblem problem = new PlanningProblem(instantOf(slot), slotMinutes, horizonSlots,
                new HubLimits(HUB_ID, capacityKw, null, null), List.of(), pads, null, null, sessions);
        Plan plan = planner.greedy(problem);
        for (int i = 0; i < present.size(); i++) {
            present.get(i).kw = plan.sessions().get(i).kw(0);
        }
    }

    private int plannedDepartureSlot(Vehicle vehicle, int slot) {
        Instant estimate = departures.estimateDeparture(instantOf(vehicle.arrivalSlot),
                instantOf(vehicle.estimatedDepartureSlot), instantOf(slot), Duration.ofMinutes(slotMinutes));
        return (int) (Duration.between(Instant.EPOCH, estimate).toMinutes() / slotMinutes);
    }

    /** Slots as instants from an arbitrary origin: only differences matter to the planner and the model. */
    private Instant instantOf(int slot) {
        return Instant.EPOCH.plus(Duration.ofMinutes((long) slot * slotMinutes));
    }
}
