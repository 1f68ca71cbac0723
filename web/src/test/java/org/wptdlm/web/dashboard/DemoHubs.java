package org.wptdlm.web.dashboard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.telemetry.PadTelemetryRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.solver.Planner;
import org.wptdlm.web.plan.CurrentPlan;

/**
 * Stores hubs for dashboard tests under ids unique to the test run (tests share a database), and
 * removes them again.
 */
public final class DemoHubs {

    private final HubRepository hubs;
    private final PadRepository padRepository;
    private final VehicleRepository vehicles;
    private final ChargingRequestRepository requests;
    private final PadTelemetryRepository telemetry;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> storedHubIds = new ArrayList<>();
    private final List<String> storedVehicleIds = new ArrayList<>();

    public DemoHubs(ApplicationContext context) {
        this.hubs = context.getBean(HubRepository.class);
        this.padRepository = context.getBean(PadRepository.class);
        this.vehicles = context.getBean(VehicleRepository.class);
        this.requests = context.getBean(ChargingRequestRepository.class);
        this.telemetry = context.getBean(PadTelemetryRepository.class);
    }

    public String id(String name) {
        return name + "-" + run;
    }

    /** A hub with pads {@code pad-1…pad-n} of {@code padKw} at 90 % efficiency. */
    public Hub hub(String name, String displayName, double gridLimitKw, int pads, double padKw) {
        Hub hub = new Hub(id(name), displayName, "Test Street 1", 52.52, 13.40, gridLimitKw, HubStatus.ONLINE);
        hubs.insert(hub);
        storedHubIds.add(hub.id());
        for (int pad = 1; pad <= pads; pad++) {
            padRepository.insert(new HubPad(hub.id(), "pad-" + pad, padKw, 0.9, PadStatus.AVAILABLE, null));
        }
        return hub;
    }

    public Vehicle vehicle(String name, double socPercent, PriorityClass priority) {
        Vehicle vehicle = new Vehicle(id(name), name, 60, 11, socPercent, priority);
        vehicles.insert(vehicle);
        storedVehicleIds.add(vehicle.id());
        return vehicle;
    }

    /** The vehicle parks on the pad and asks for {@code targetSocPercent} within {@code hours}. */
    public ChargingRequest park(Hub hub, Vehicle vehicle, String padId, double targetSocPercent, int hours) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ChargingRequest request = new ChargingRequest(id("req-" + vehicle.name()), hub.id(), vehicle.id(), padId, now,
                now.plus(hours, ChronoUnit.HOURS), targetSocPercent, null, null, ChargingRequestStatus.ACTIVE, now);
        requests.insert(request);
        if (padId != null) {
            padRepository.updateStatus(hub.id(), padId, PadStatus.CHARGING);
        }
        return request;
    }

    /** The pad reports delivering {@code powerKw} now. */
    public void reading(Hub hub, String padId, long sequence, double powerKw, String vehicleId) {
        Instant now = Instant.now();
        telemetry.insertAll(List.of(new PadTelemetry(hub.id(), padId, now, sequence, powerKw, 100 + sequence,
                98.0, vehicleId != null, vehicleId, now)));
    }

    /**
     * A greedy plan for the hub's parked vehicles over the next eight hours in 15-minute slots, with
     * the grid limit lowered to {@code dipKw} for the third and fourth hour, as the live loop would publish it.
     */
    public CurrentPlan plan(Hub hub, double dipKw, List<ChargingRequest> parked) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS);
        int slots = 32;
        List<Double> limits = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            limits.add(slot >= 8 && slot < 16 ? dipKw : hub.gridLimitKw());
        }
        List<Pad> pads = padRepository.findAllByHub(hub.id()).stream()
                .map(pad -> new Pad(pad.id(), pad.maxPowerKw(), pad.efficiency(), pad.circuitId()))
                .toList();
        List<Session> sessions = new ArrayList<>();
        for (ChargingRequest request : parked) {
            Vehicle vehicle = vehicles.findById(request.vehicleId()).orElseThrow();
            int departureSlot = (int) Math.min(slots, ChronoUnit.MINUTES.between(start, request.departureAt()) / 15);
            double energyKwh = vehicle.energyKwhBetween(vehicle.socPercent(), request.targetSocPercent());
            sessions.add(new Session(request.id(), vehicle.id(), 0, departureSlot, energyKwh,
                    vehicle.energyKwhBetween(vehicle.socPercent(), 20), vehicle.maxChargePowerKw(),
                    vehicle.priorityClass().priority(), request.padId()));
        }
        PlanningProblem problem = new PlanningProblem(start, 15, slots,
                new HubLimits(hub.id(), hub.gridLimitKw(), limits, null), null, pads, null, null, sessions);
        return new CurrentPlan(hub.id(), problem, new Planner().greedy(problem), Instant.now());
    }

    /** Removes everything this run stored. */
    public void removeAll() {
        storedVehicleIds.forEach(vehicles::delete);
        for (String hubId : storedHubIds) {
            padRepository.findAllByHub(hubId).forEach(pad -> padRepository.delete(hubId, pad.id()));
            hubs.delete(hubId);
        }
    }
}
