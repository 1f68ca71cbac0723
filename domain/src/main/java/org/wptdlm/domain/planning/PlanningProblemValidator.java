package org.wptdlm.domain.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wptdlm.domain.PhysicalLimits;

/**
 * Checks a planning problem against the file contract and names every offending field the way it
 * appears in the JSON, e.g. {@code sessions[3].departureSlot must be > arrivalSlot (12)}.
 */
public final class PlanningProblemValidator {

    /** Guards memory: 1 year of 5-minute slots. */
    static final int MAX_SLOTS = 105_120;

    private final List<String> violations = new ArrayList<>();

    private PlanningProblemValidator() {
    }

    /** @throws InvalidProblemException naming every violation, when there is at least one. */
    public static void requireValid(PlanningProblem problem) {
        List<String> found = violationsOf(problem);
        if (!found.isEmpty()) {
            throw new InvalidProblemException(found);
        }
    }

    public static List<String> violationsOf(PlanningProblem problem) {
        PlanningProblemValidator validator = new PlanningProblemValidator();
        if (problem == null) {
            return List.of("problem is empty");
        }
        validator.checkHorizon(problem);
        validator.checkHub(problem);
        Set<String> circuitIds = validator.checkCircuits(problem.circuits());
        Map<String, Integer> padIndexById = validator.checkPads(problem.pads(), circuitIds);
        validator.checkSlotArray("pricePerKwhBySlot", problem.pricePerKwhBySlot(), problem.slots(), null);
        validator.checkSlotArray("carbonGPerKwhBySlot", problem.carbonGPerKwhBySlot(), problem.slots(), null);
        validator.checkSessions(problem.sessions(), padIndexById);
        return List.copyOf(validator.violations);
    }

    private void checkHorizon(PlanningProblem problem) {
        if (problem.start() == null) {
            violations.add("start is missing");
        }
        if (problem.slotMinutes() <= 0) {
            violations.add("slotMinutes must be > 0 (was " + problem.slotMinutes() + ")");
        }
        if (problem.slots() <= 0 || problem.slots() > MAX_SLOTS) {
            violations.add("slots must be in 1.." + MAX_SLOTS + " (was " + problem.slots() + ")");
        }
    }

    private void checkHub(PlanningProblem problem) {
        HubLimits hub = problem.hub();
        if (hub == null) {
            violations.add("hub is missing");
            return;
        }
        requireText("hub.id", hub.id());
        requireWithin("hub.gridLimitKw", hub.gridLimitKw(), PhysicalLimits.MAX_GRID_KW, "kW");
        checkSlotArray("hub.gridLimitKwBySlot", hub.gridLimitKwBySlot(), problem.slots(), PhysicalLimits.MAX_GRID_KW);
        checkSlotArray("hub.baseLoadKwBySlot", hub.baseLoadKwBySlot(), problem.slots(), PhysicalLimits.MAX_GRID_KW);
        if (hub.powerStepKw() != null && !(hub.powerStepKw() > 0.0)) {
            violations.add("hub.powerStepKw must be > 0 (was " + hub.powerStepKw() + ")");
        }
        if (hub.peakTargetKw() != null) {
            requireWithin("hub.peakTargetKw", hub.peakTargetKw(), PhysicalLimits.MAX_GRID_KW, "kW");
        }
    }

    private Set<String> checkCircuits(List<Circuit> circuits) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < circuits.size(); i++) {
            String field = "circuits[" + i + "]";
            Circuit circuit = circuits.get(i);
            if (circuit == null) {
                violations.add(field + " is null");
                continue;
            }
            if (requireText(field + ".id", circuit.id()) && !ids.add(circuit.id())) {
                violations.add(field + ".id '" + circuit.id() + "' is used twice");
            }
            requireWithin(field + ".limitKw", circuit.limitKw(), PhysicalLimits.MAX_GRID_KW, "kW");
        }
        return ids;
    }

    private Map<String, Integer> checkPads(List<Pad> pads, Set<String> circuitIds) {
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < pads.size(); i++) {
            String field = "pads[" + i + "]";
            Pad pad = pads.get(i);
            if (pad == null) {
                violations.add(field + " is null");
                continue;
            }
            if (requireText(field + ".id", pad.id()) && indexById.putIfAbsent(pad.id(), i) != null) {
                violations.add(field + ".id '" + pad.id() + "' is used twice");
            }
            requireWithin(field + ".maxKw", pad.maxKw(), PhysicalLimits.MAX_POWER_KW, "kW");
            add(PhysicalLimits.violation(pad.efficiency(), PhysicalLimits.MIN_EFFICIENCY, PhysicalLimits.MAX_EFFICIENCY,
                    field + ".efficiency", ""));
            if (pad.minKw() != null && !(pad.minKw() >= 0.0 && pad.minKw() <= pad.maxKw())) {
                violations.add(field + ".minKw must be in 0..maxKw (was " + pad.minKw() + ")");
            }
            if (pad.circuitId() != null && !circuitIds.contains(pad.circuitId())) {
                violations.add(field + ".circuitId '" + pad.circuitId() + "' names no circuit");
            }
        }
        return indexById;
    }

    private void checkSessions(List<Session> sessions, Map<String, Integer> padIndexById) {
        Set<String> ids = new HashSet<>();
        Map<String, List<Integer>> fixedByPad = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            String field = "sessions[" + i + "]";
            Session session = sessions.get(i);
            if (session == null) {
                violations.add(field + " is null");
                continue;
            }
            if (requireText(field + ".id", session.id()) && !ids.add(session.id())) {
                violations.add(field + ".id '" + session.id() + "' is used twice");
            }
            if (session.arrivalSlot() < 0) {
                violations.add(field + ".arrivalSlot must be >= 0 (was " + session.arrivalSlot() + ")");
            }
            if (session.departureSlot() <= session.arrivalSlot()) {
                violations.add(field + ".departureSlot must be > arrivalSlot (" + session.arrivalSlot() + "), was "
                        + session.departureSlot());
            }
            requireWithin(field + ".energyKwh", session.energyKwh(), PhysicalLimits.MAX_ENERGY_KWH, "kWh");
            requireWithin(field + ".maxKw", session.maxKw(), PhysicalLimits.MAX_POWER_KW, "kW");
            checkCritical(field, session);
            if (session.priority() < 0) {
                violations.add(field + ".priority must be >= 0 (was " + session.priority() + ")");
            }
            if (session.padId() != null) {
                if (!padIndexById.containsKey(session.padId())) {
                    violations.add(field + ".padId '" + session.padId() + "' names no pad");
                } else {
                    checkPadFree(field, sessions, i, fixedByPad.computeIfAbsent(session.padId(), id -> new ArrayList<>()));
                }
            }
        }
    }

    private void checkCritical(String field, Session session) {
        Double critical = session.criticalEnergyKwh();
        if (critical == null) {
            return;
        }
        requireWithin(field + ".criticalEnergyKwh", critical, PhysicalLimits.MAX_ENERGY_KWH, "kWh");
        if (critical > session.energyKwh()) {
            violations.add(field + ".criticalEnergyKwh must be <= energyKwh (" + session.energyKwh() + "), was " + critical);
        }
    }

    /** Two vehicles already parked on one pad at overlapping times cannot both be true. */
    private void checkPadFree(String field, List<Session> sessions, int index, List<Integer> earlierOnPad) {
        Session session = sessions.get(index);
        for (int other : earlierOnPad) {
            Session earlier = sessions.get(other);
            if (session.arrivalSlot() < earlier.departureSlot() && earlier.arrivalSlot() < session.departureSlot()) {
                violations.add(field + ".padId '" + session.padId() + "' is also fixed for sessions[" + other
                        + "] in overlapping slots");
                return;
            }
        }
        earlierOnPad.add(index);
    }

    /** {@code max} null: any finite number (prices may be negative); else 0 to {@code max}. */
    private void checkSlotArray(String field, List<Double> values, int slots, Double max) {
        if (values == null) {
            return;
        }
        if (values.size() != slots) {
            violations.add(field + " must have one value per slot (" + slots + "), has " + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            if (value == null || !Double.isFinite(value)) {
                violations.add(field + "[" + i + "] must be a finite number (was " + value + ")");
                return;
            }
            if (max != null && add(PhysicalLimits.violation(value, 0, max, field + "[" + i + "]", "kW"))) {
                return;
            }
        }
    }

    private boolean requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(field + " is missing");
            return false;
        }
        return true;
    }

    private void requireWithin(String field, double value, double max, String unit) {
        add(PhysicalLimits.violation(value, 0, max, field, unit));
    }

    private boolean add(String violation) {
        if (violation != null) {
            violations.add(violation);
        }
        return violation != null;
    }
}
