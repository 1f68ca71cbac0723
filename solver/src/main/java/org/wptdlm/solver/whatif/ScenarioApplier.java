package org.wptdlm.solver.whatif;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;

/**
 * Turns a hub's current planning problem into the scenario's: horizon first, then grid limits and
 * prices (instants mapped onto slots; a slot a window touches takes its value), pads out of service,
 * vehicles removed and added. Pure; the base problem is left unchanged.
 */
public final class ScenarioApplier {

    /** Prefix of the session ids of added vehicles, so they never collide with live sessions. */
    public static final String ADDED_SESSION_PREFIX = "what-if:";

    private final List<String> violations = new ArrayList<>();

    private ScenarioApplier() {
    }

    /** @throws ScenarioException naming every change that does not fit the hub */
    public static PlanningProblem apply(PlanningProblem base, ScenarioChanges changes) {
        ScenarioApplier applier = new ScenarioApplier();
        PlanningProblem problem = changes.horizonSlots() == null ? base : Horizons.resize(base, changes.horizonSlots());
        HubLimits hub = problem.hub();
        List<Double> gridLimits = changes.gridLimits().isEmpty() ? hub.gridLimitKwBySlot()
                : applier.schedule("gridLimits", problem, hub.gridLimitKwBySlot(), hub.gridLimitKw(), changes.gridLimits());
        List<Double> prices = changes.prices().isEmpty() ? problem.pricePerKwhBySlot()
                : applier.schedule("prices", problem, problem.pricePerKwhBySlot(), 0.0, changes.prices());
        List<Pad> pads = applier.padsInService(problem.pads(), changes.padsOutOfService());
        List<Session> sessions = applier.sessions(problem, changes, pads);
        if (!applier.violations.isEmpty()) {
            throw new ScenarioException(applier.violations);
        }
        return new PlanningProblem(problem.start(), problem.slotMinutes(), problem.slots(),
                hub.withSlotArrays(gridLimits, hub.baseLoadKwBySlot()), problem.circuits(), pads,
                prices, problem.carbonGPerKwhBySlot(), sessions);
    }

    private List<Double> schedule(String field, PlanningProblem problem, List<Double> current, double constant,
            List<ScheduleEntry> entries) {
        List<Double> bySlot = new ArrayList<>(current == null ? Collections.nCopies(problem.slots(), constant) : current);
        boolean[] replaced = new boolean[problem.slots()];
        for (int i = 0; i < entries.size(); i++) {
            ScheduleEntry entry = entries.get(i);
            String name = field + "[" + i + "]";
            if (entry.from() == null || entry.to() == null || !entry.to().isAfter(entry.from())) {
                violations.add(name + " needs from before to");
                continue;
            }
            if (!Double.isFinite(entry.value()) || entry.value() < 0) {
                violations.add(name + ".value must be a finite number >= 0 (was " + entry.value() + ")");
                continue;
            }
            int first = Math.max(0, slotFloor(problem, entry.from()));
            int end = Math.min(problem.slots(), slotCeil(problem, entry.to()));
            if (first >= end) {
                violations.add(name + " lies outside the horizon " + problem.start() + " + " + problem.slots() + " slots");
            }
            for (int t = first; t < end; t++) {
                bySlot.set(t, replaced[t] ? Math.min(bySlot.get(t), entry.value()) : entry.value());
                replaced[t] = true;
            }
        }
        return bySlot;
    }

    private List<Pad> padsInService(List<Pad> pads, List<String> outOfService) {
        Set<String> known = new HashSet<>();
        pads.forEach(pad -> known.add(pad.id()));
        for (int i = 0; i < outOfService.size(); i++) {
            if (!known.contains(outOfService.get(i))) {
                violations.add("padsOutOfService[" + i + "] '" + outOfService.get(i) + "' names no pad of the hub");
            }
        }
        Set<String> out = Set.copyOf(outOfService);
        return pads.stream().filter(pad -> !out.contains(pad.id())).toList();
    }

    private List<Session> sessions(PlanningProblem problem, ScenarioChanges changes, List<Pad> pads) {
        Set<String> padIds = new HashSet<>();
        pads.forEach(pad -> padIds.add(pad.id()));
        Set<String> present = new HashSet<>();
        problem.sessions().forEach(session -> present.add(session.vehicleId()));
        for (int i = 0; i < changes.removedVehicleIds().size(); i++) {
            if (!present.contains(changes.removedVehicleIds().get(i))) {
                violations.add("removedVehicleIds[" + i + "] '" + changes.removedVehicleIds().get(i)
                        + "' has no session at the hub");
            }
        }
        Set<String> removed = Set.copyOf(changes.removedVehicleIds());
        List<Session> sessions = new ArrayList<>();
        for (Session session : problem.sessions()) {
            if (removed.contains(session.vehicleId())) {
                continue;
            }
            boolean padGone = session.padId() != null && !padIds.contains(session.padId());
            sessions.add(padGone ? session.withPadId(null) : session);
        }
        for (int i = 0; i < changes.addedVehicles().size(); i++) {
            Session added = added("addedVehicles[" + i + "]", problem, changes.addedVehicles().get(i), present);
            if (added != null) {
                sessions.add(added);
            }
        }
        return sessions;
    }

    private Session added(String name, PlanningProblem problem, AddedVehicle vehicle, Set<String> present) {
        if (vehicle.vehicleId() == null || vehicle.vehicleId().isBlank()) {
            violations.add(name + ".vehicleId is missing");
            return null;
        }
        if (!present.add(vehicle.vehicleId())) {
            violations.add(name + ".vehicleId '" + vehicle.vehicleId() + "' is already at the hub");
            return null;
        }
        if (vehicle.arrivalAt() == null || vehicle.departureAt() == null || !vehicle.departureAt().isAfter(vehicle.arrivalAt())) {
            violations.add(name + " needs arrivalAt before departureAt");
            return null;
        }
        int arrival = Math.max(0, slotCeil(problem, vehicle.arrivalAt()));
        int departure = Math.min(problem.slots(), slotFloor(problem, vehicle.departureAt()));
        if (departure <= arrival) {
            violations.add(name + " stays no whole slot inside the horizon " + problem.start() + " + " + problem.slots()
                    + " slots");
            return null;
        }
        return new Session(ADDED_SESSION_PREFIX + vehicle.vehicleId(), vehicle.vehicleId(), arrival, departure,
                vehicle.energyKwh(), vehicle.criticalEnergyKwh(), vehicle.maxKw(), vehicle.priority(), null);
    }

    private static int slotFloor(PlanningProblem problem, Instant instant) {
        return (int) Math.floorDiv(seconds(problem, instant), problem.slotMinutes() * 60L);
    }

    private static int slotCeil(PlanningProblem problem, Instant instant) {
        return (int) -Math.floorDiv(-seconds(problem, instant), problem.slotMinutes() * 60L);
    }

    private static long seconds(PlanningProblem problem, Instant instant) {
        return Duration.between(problem.start(), instant).toSeconds();
    }
}
