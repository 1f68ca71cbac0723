package org.wptdlm.ingest.live;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.ingest.mqtt.AllocationSeen;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * Every hub and vehicle the service knows, live: the hot path reads and updates this, the
 * database follows in batches. Filled at start-up from the database, then from MQTT.
 */
@Component
public class LiveModel {

    private final Map<String, LiveHub> hubs = new ConcurrentHashMap<>();
    private final Map<String, LiveVehicle> vehicles = new ConcurrentHashMap<>();
    private final Map<String, SocExpectation> socExpectations = new ConcurrentHashMap<>();

    /**
     * An allocation on the broker may carry a later number than the database holds (published
     * during an outage, then a crash before it was written): numbering continues after it.
     */
    @EventListener
    void allocationSeen(AllocationSeen allocation) {
        hub(allocation.hubId()).ifPresent(hub -> hub.continueEventSequenceAfter(allocation.sequence()));
    }

    public Optional<LiveHub> hub(String hubId) {
        return Optional.ofNullable(hubs.get(hubId));
    }

    public Collection<LiveHub> hubs() {
        return List.copyOf(hubs.values());
    }

    /** The hub, created with {@code gridLimitKw} when the model does not hold it yet. */
    public LiveHub hubOrCreate(String hubId, double gridLimitKw) {
        return hubs.computeIfAbsent(hubId, id -> new LiveHub(id, gridLimitKw));
    }

    public Optional<VehicleSnapshot> vehicle(String vehicleId) {
        return Optional.ofNullable(vehicles.get(vehicleId)).map(LiveVehicle::snapshot);
    }

    public boolean knowsVehicle(String vehicleId) {
        return vehicles.containsKey(vehicleId);
    }

    /**
     * A known vehicle reports: the reading is judged against the ones before it (a newer one
     * updates the vehicle); an unknown vehicle is refused.
     */
    public DeviceSequence.Verdict apply(VehicleReport report) {
        String vehicleId = report.reading().vehicleId();
        LiveVehicle vehicle = vehicles.get(vehicleId);
        if (vehicle == null) {
            throw new CommandRefusedException(RejectionReason.UNKNOWN_VEHICLE, "vehicle " + vehicleId + " is not known");
        }
        return vehicle.apply(report);
    }

    /**
     * Registers a vehicle that described itself in its first telemetry; an existing one is kept. Its
     * SoC comes with the reading, applied next.
     */
    public void register(Vehicle vehicle) {
        vehicles.computeIfAbsent(vehicle.id(), id -> new LiveVehicle(
                id, vehicle.batteryCapacityKwh(), vehicle.maxChargePowerKw(), vehicle.priorityClass(), null));
    }

    /** What the latest published plan expects of the vehicle's SoC, if it is planned. */
    public Optional<SocExpectation> socExpectation(String vehicleId) {
        return Optional.ofNullable(socExpectations.get(vehicleId));
    }

    public void expectSoc(String vehicleId, SocExpectation expectation) {
        socExpectations.put(vehicleId, expectation);
    }

    public void forgetSoc(String vehicleId) {
        socExpectations.remove(vehicleId);
    }

    /** A vehicle known from the database, loaded on first use. */
    public void restoreVehicle(String vehicleId, double batteryCapacityKwh, double maxChargePowerKw,
            PriorityClass priorityClass, Double socPercent) {
        vehicles.put(vehicleId, new LiveVehicle(vehicleId, batteryCapacityKwh, maxChargePowerKw, priorityClass, socPercent));
    }

    /** A hub known from the database, loaded on first use. */
    public LiveHub restoreHub(String hubId, double gridLimitKw, HubStatus status) {
        LiveHub hub = hubOrCreate(hubId, gridLimitKw);
        hub.restoreStatus(status);
        return hub;
    }

    public void restorePad(String hubId, String padId, double maxPowerKw, double efficiency, String circuitId,
            PadStatus status) {
        hubs.get(hubId).restorePad(padId, maxPowerKw, efficiency, circuitId, status);
    }

    public void restoreCircuit(String hubId, String circuitId, double limitKw) {
        hubs.get(hubId).restoreCircuit(circuitId, limitKw);
    }

    public void restoreRequest(RequestSnapshot request) {
        hubs.get(request.hubId()).restoreRequest(request);
    }

    /** A request no longer open (or deleted) according to the database. */
    public void dropRequest(String hubId, String requestId) {
        hub(hubId).ifPresent(hub -> hub.removeRequest(requestId));
    }
}
