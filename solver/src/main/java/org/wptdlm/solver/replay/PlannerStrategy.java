package org.wptdlm.solver.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.departure.DepartureModel;

/**
 * Our planner, rolling horizon, as the live loop runs it: a planning problem of the present vehicles
 * (each on its own pad, wanting its remaining energy by the {@link DepartureModel}'s conservative
 * departure, not the stated one), with the tariff's prices and carbon when the replay lets it see them.
 * The departure model learns from every vehicle that leaves.
 *
 * <ul>
 *   <li>{@code dlm}: {@link Planner#greedy} every slot, its first slot applied (the live fast path;
 *       the greedy plan is blind to prices).</li>
 *   <li>{@code dlm-timefold}: {@link Planner#improve} whenever the set of vehicles wanting energy
 *       changes and at least every hour, as the live loop re-plans on arrivals, departures and a
 *       schedule; the plan is followed slot by slot in between.</li>
 * </ul>
 */
final class PlannerStrategy implements OnlineStrategy {

    private static final String HUB_ID = "replay";
    private static final Duration REPLAN_EVERY = Duration.ofHours(1);

    private final Planner planner = new Planner();
    private final DepartureModel departures;
    private final int slotMinutes;
    private final ReplayTariff tariff;
    /** Null: greedy every slot. */
    private final Duration improveBudget;

    private Plan plan;
    private int planStartSlot;
    private final Map<Vehicle, Integer> planned = new IdentityHashMap<>();

    private PlannerStrategy(int slotMinutes, ReplayTariff tariff, Duration improveBudget, DepartureModel departures) {
        this.slotMinutes = slotMinutes;
        this.departures = departures;
        this.tariff = tariff;
        this.improveBudget = improveBudget;
    }

    static PlannerStrategy greedy(int slotMinutes, ReplayTariff tariff) {
        return greedy(slotMinutes, tariff, new DepartureModel());
    }

    /** The greedy strategy planning against the given departure model (to compare models). */
    static PlannerStrategy greedy(int slotMinutes, ReplayTariff tariff, DepartureModel departures) {
        return new PlannerStrategy(slotMinutes, tariff, null, departures);
    }

    static PlannerStrategy timefold(int slotMinutes, ReplayTariff tariff, Duration improveBudget) {
        return new PlannerStrategy(slotMinutes, tariff, improveBudget, new DepartureModel());
    }

    @Override
    public String name() {
        return improveBudget == null ? "dlm" : "dlm-timefold";
    }

    @Override
    public void departed(Vehicle vehicle, int slot) {
        departures.observe(instantOf(vehicle.arrivalSlot), instantOf(vehicle.estimatedDepartureSlot), instantOf(slot),
                null);
    }

    @Override
    public void allocate(int slot, List<Vehicle> present, double capacityKw, double slotHours) {
        if (improveBudget == null || replanDue(slot, present)) {
            replan(slot, present, capacityKw);
        }
        int offset = slot - planStartSlot;
        for (Vehicle vehicle : present) {
            vehicle.kw = plan.sessions().get(planned.get(vehicle)).kw(offset);
        }
    }

    private boolean replanDue(int slot, List<Vehicle> present) {
        if (plan == null || present.size() != planned.size()) {
            return true;
        }
        for (Vehicle vehicle : present) {
            if (!planned.containsKey(vehicle)) {
                return true;
            }
        }
        int offset = slot - planStartSlot;
        long replanSlots = REPLAN_EVERY.toMinutes() / slotMinutes;
        return offset >= replanSlots || offset >= plan.sessions().get(0).kwBySlot().size();
    }

    private void replan(int slot, List<Vehicle> present, double capacityKw) {
        List<Pad> pads = new ArrayList<>(present.size());
        List<Session> sessions = new ArrayList<>(present.size());
        int horizonSlots = 1;
        planned.clear();
        for (int i = 0; i < present.size(); i++) {
            Vehicle vehicle = present.get(i);
            int departureSlot = plannedDepartureSlot(vehicle, slot) - slot;
            horizonSlots = Math.max(horizonSlots, departureSlot);
            pads.add(new Pad("pad-" + i, vehicle.maxKw, 1.0, null));
            sessions.add(new Session("session-" + i, "vehicle-" + i, 0, departureSlot, vehicle.remainingKwh, null,
                    vehicle.maxKw, 0, "pad-" + i));
            planned.put(vehicle, i);
        }
        PlanningProblem problem = new PlanningProblem(instantOf(slot), slotMinutes, horizonSlots,
                new HubLimits(HUB_ID, capacityKw, null, null), List.of(), pads,
                tariff == null ? null : tariff.prices(slot, horizonSlots),
                tariff == null ? null : tariff.carbon(slot, horizonSlots), sessions);
        plan = improveBudget == null ? planner.greedy(problem) : planner.improve(problem, null, improveBudget);
        planStartSlot = slot;
    }

    private int plannedDepartureSlot(Vehicle vehicle, int slot) {
        Instant estimate = departures.estimateDeparture(instantOf(vehicle.arrivalSlot),
                instantOf(vehicle.estimatedDepartureSlot), null, instantOf(slot), Duration.ofMinutes(slotMinutes));
        return (int) (Duration.between(Instant.EPOCH, estimate).toMinutes() / slotMinutes);
    }

    /**
     * Slots as instants from the epoch: only differences matter to the planner, and the model's split of
     * the day only needs to be consistent (a replay starting at midnight keeps its hours).
     */
    private Instant instantOf(int slot) {
        return Instant.EPOCH.plus(Duration.ofMinutes((long) slot * slotMinutes));
    }
}
