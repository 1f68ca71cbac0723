package org.wptdlm.ingest.replan;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.signal.SignalStacking;
import org.wptdlm.domain.signal.SlotSignals;
import org.wptdlm.domain.signal.StalePolicy;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.ingest.live.HubSnapshot;
import org.wptdlm.ingest.live.PadSnapshot;
import org.wptdlm.ingest.live.RequestSnapshot;
import org.wptdlm.ingest.live.VehicleSnapshot;

/**
 * Turns a hub's live state into a planning problem starting now: the pads that can charge, and a
 * session per open request with the energy still missing. A vehicle on a pad is fixed to it and
 * present from slot 0; a vehicle that asked before parking may be given a pad from slot 1 on, so
 * the current slot only powers vehicles that are there. The grid limit, base load, prices and
 * carbon per slot come from the hub's {@link SlotSignals}. Each session leaves at its planning
 * departure ({@link PlanningDepartures}: the hub's learned estimate, not the driver's stated time).
 * Pure: no I/O.
 */
final class ProblemBuilder {

    private final int slotMinutes;
    private final int slots;
    private final CriticalityRule criticality;
    private final PlanningDepartures departures;

    ProblemBuilder(int slotMinutes, int slots, CriticalityRule criticality, PlanningDepartures departures) {
        this.departures = departures;
        this.slotMinutes = slotMinutes;
        this.slots = slots;
        this.criticality = criticality;
    }

    /** Slot 0 of a problem built at {@code now} starts here. */
    static Instant start(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A problem with the hub's own limit and status base load in every slot, and no prices. */
    PlanningProblem build(HubSnapshot hub, Function<String, Optional<VehicleSnapshot>> vehicles, Instant now) {
        SlotSignals own = SignalStacking.stack(List.of(), hub.gridLimitKw(), hub.baseLoadKw(), start(now), slotMinutes,
                slots, StalePolicy.DEFAULT);
        return build(hub, vehicles, now, own);
    }

    /** @param signals the hub's signals over this problem's slots, from {@link #start(Instant)} */
    PlanningProblem build(HubSnapshot hub, Function<String, Optional<VehicleSnapshot>> vehicles, Instant now,
            SlotSignals signals) {
        Instant start = start(now);
        List<PadSnapshot> usablePads = hub.status() == HubStatus.ONLINE
                ? hub.pads().stream().filter(pad -> pad.status().canCharge()).toList()
                : List.of();
        List<Pad> pads = usablePads.stream()
                .map(pad -> new Pad(pad.padId(), pad.maxPowerKw(), pad.efficiency(), pad.circuitId()))
                .toList();
        List<Circuit> circuits = hub.circuitLimitsKw().entrySet().stream()
                .map(entry -> new Circuit(entry.getKey(), entry.getValue()))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        HubLimits limits = new HubLimits(hub.hubId(), hub.gridLimitKw(), signals.gridLimitKwBySlot(),
                signals.baseLoadKwBySlot());
        List<Session> sessions = pads.isEmpty() ? List.of() : sessions(hub, usablePads, vehicles, start);
        return new PlanningProblem(start, slotMinutes, slots, limits, circuits, pads, signals.pricePerKwhBySlot(),
                signals.carbonGPerKwhBySlot(), sessions);
    }

    private List<Session> sessions(HubSnapshot hub, List<PadSnapshot> usablePads,
            Function<String, Optional<VehicleSnapshot>> vehicles, Instant start) {
        Map<String, PadSnapshot> padByVehicle = new HashMap<>();
        usablePads.stream().filter(pad -> pad.vehicleId() != null).forEach(pad -> padByVehicle.put(pad.vehicleId(), pad));
        Set<String> unusablePadIds = new HashSet<>();
        hub.pads().stream().filter(pad -> !usablePads.contains(pad)).forEach(pad -> unusablePadIds.add(pad.padId()));
        Set<String> fixedPads = new HashSet<>();
        List<Session> sessions = new ArrayList<>();
        for (RequestSnapshot request : hub.requests()) {
            Optional<VehicleSnapshot> vehicle = vehicles.apply(request.vehicleId());
            if (vehicle.isEmpty()) {
                continue;
            }
            PadSnapshot pad = padByVehicle.get(request.vehicleId());
            boolean parkedOnBrokenPad = pad == null && request.padId() != null && unusablePadIds.contains(request.padId());
            if (parkedOnBrokenPad || (pad != null && !fixedPads.add(pad.padId()))) {
                continue;
            }
            int arrivalSlot = pad == null ? Math.min(1, slots - 1) : 0;
            if (departureSlot(request.departureAt(), start) <= arrivalSlot) {
                continue;
            }
            // The learned estimate may be earlier than the stated time, but a vehicle that is still
            // expected gets at least its first slot: a request made before parking keeps its session.
            int departureSlot = Math.max(arrivalSlot + 1,
                    departureSlot(departures.departure(request, start, Duration.ofMinutes(slotMinutes)), start));
            double energyKwh = energyNeededKwh(request, vehicle.get(), pad);
            Double socPercent = vehicle.get().socPercent();
            // An unknown SoC counts as empty: the must-have is then the energy up to the threshold.
            double criticalKwh = criticality.criticalEnergyKwh(energyKwh, socPercent == null ? 0 : socPercent,
                    vehicle.get().batteryCapacityKwh(), request.priorityClass().priority());
            sessions.add(new Session(
                    request.requestId(),
                    request.vehicleId(),
                    arrivalSlot,
                    departureSlot,
                    energyKwh,
                    criticalKwh,
                    vehicle.get().maxChargePowerKw(),
                    request.priorityClass().priority(),
                    pad == null ? null : pad.padId()));
        }
        return sessions;
    }

    private int departureSlot(Instant departure, Instant start) {
        long seconds = Duration.between(start, departure).getSeconds();
        long slotSeconds = slotMinutes * 60L;
        // Rounded up: a vehicle leaving within the first slot still charges until it leaves.
        return (int) Math.min(slots, Math.max(0, (seconds + slotSeconds - 1) / slotSeconds));
    }

    /**
     * The energy still missing: to the target SoC, or the requested energy less what the pad's meter
     * counted since the vehicle arrived; with both, the smaller need.
     */
    static double energyNeededKwh(RequestSnapshot request, VehicleSnapshot vehicle, PadSnapshot pad) {
        double need = Double.POSITIVE_INFINITY;
        if (request.targetSocPercent() != null) {
            need = vehicle.energyKwhTo(request.targetSocPercent());
        }
        if (request.energyKwh() != null) {
            double deliveredKwh = pad != null && pad.energyMeterKwh() != null && request.meterAtArrivalKwh() != null
                    ? Math.max(0, pad.energyMeterKwh() - request.meterAtArrivalKwh())
                    : 0;
            need = Math.min(need, Math.max(0, request.energyKwh() - deliveredKwh));
        }
        return need;
    }
}
