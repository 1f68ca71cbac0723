package org.wptdlm.domain.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The planning-problem file: one hub over a horizon of {@code slots} slots of {@code slotMinutes}
 * minutes from {@code start}. Optional lists are null when absent; slot arrays hold one value per slot.
 */
public record PlanningProblem(
        Instant start,
        int slotMinutes,
        int slots,
        HubLimits hub,
        List<Circuit> circuits,
        List<Pad> pads,
        List<Double> pricePerKwhBySlot,
        List<Double> carbonGPerKwhBySlot,
        List<Session> sessions) {

    public PlanningProblem {
        circuits = circuits == null ? List.of() : List.copyOf(circuits);
        pads = pads == null ? List.of() : List.copyOf(pads);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        pricePerKwhBySlot = pricePerKwhBySlot == null ? null : List.copyOf(pricePerKwhBySlot);
        carbonGPerKwhBySlot = carbonGPerKwhBySlot == null ? null : List.copyOf(carbonGPerKwhBySlot);
    }

    /** Hours per slot: kW × this = kWh. */
    public double slotHours() {
        return slotMinutes / 60.0;
    }

    public Duration slotDuration() {
        return Duration.ofMinutes(slotMinutes);
    }

    /** The power the grid connection may carry for the chargers in a slot: limit minus base load, never negative. */
    public double chargingHeadroomKw(int slot) {
        return Math.max(0.0, hub.limitKw(slot) - hub.baseLoadKw(slot));
    }

    public double pricePerKwh(int slot) {
        return pricePerKwhBySlot == null ? 0.0 : pricePerKwhBySlot.get(slot);
    }

    public double carbonGPerKwh(int slot) {
        return carbonGPerKwhBySlot == null ? 0.0 : carbonGPerKwhBySlot.get(slot);
    }

    public PlanningProblem withSessions(List<Session> newSessions) {
        return new PlanningProblem(start, slotMinutes, slots, hub, circuits, pads, pricePerKwhBySlot,
                carbonGPerKwhBySlot, newSessions);
    }

    public PlanningProblem withHub(HubLimits newHub) {
        return new PlanningProblem(start, slotMinutes, slots, newHub, circuits, pads, pricePerKwhBySlot,
                carbonGPerKwhBySlot, sessions);
    }

    public PlanningProblem withPads(List<Pad> newPads) {
        return new PlanningProblem(start, slotMinutes, slots, hub, circuits, newPads, pricePerKwhBySlot,
                carbonGPerKwhBySlot, sessions);
    }
}
