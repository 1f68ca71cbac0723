package org.wptdlm.ingest.live;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;

/**
 * Charging requests changed through the REST API, as commands to the live model: the REST call
 * has stored the request (one write); this only brings the model in line, as stored (its arrival
 * time, its final status), and asks for a re-plan. Nothing is written again here. When another
 * instance owns the hub, that instance is told ({@link RequestOwnerNotices}).
 */
@Component
public class RequestCommands {

    private final LiveModel model;
    private final EntityStore entities;
    private final ReplanRequests replans;
    private final RequestOwnerNotices owner;

    public RequestCommands(LiveModel model, EntityStore entities, ReplanRequests replans, RequestOwnerNotices owner) {
        this.model = model;
        this.owner = owner;
        this.entities = entities;
        this.replans = replans;
    }

    /**
     * A request created or replaced: an open one (pending, active) is planned; a finished one
     * (completed, cancelled, expired) is no longer. False when its hub is not known to the loop.
     */
    public boolean stored(ChargingRequest request) {
        boolean open = request.status() == ChargingRequestStatus.PENDING
                || request.status() == ChargingRequestStatus.ACTIVE;
        boolean known = open ? hold(request) : remove(request);
        owner.changed(request.hubId(), request.id());
        return known;
    }

    /** A request deleted: the vehicle no longer wants to charge. */
    public boolean withdrawn(ChargingRequest request) {
        boolean known = remove(request);
        owner.changed(request.hubId(), request.id());
        return known;
    }

    private boolean remove(ChargingRequest request) {
        Optional<LiveHub> hub = hub(request.hubId());
        hub.ifPresent(found -> {
            found.removeRequest(request.id());
            model.forgetSoc(request.vehicleId());
            replans.replan(request.hubId(), DlmTrigger.CHARGING_REQUEST);
        });
        return hub.isPresent();
    }

    private boolean hold(ChargingRequest request) {
        Optional<LiveHub> hub = hub(request.hubId());
        Optional<VehicleSnapshot> vehicle = model.vehicle(request.vehicleId())
                .or(() -> entities.loadVehicle(request.vehicleId()) ? model.vehicle(request.vehicleId()) : Optional.empty());
        if (hub.isEmpty() || vehicle.isEmpty()) {
            return false;
        }
        hub.get().putStoredRequest(new RequestSnapshot(request.id(), request.hubId(), request.vehicleId(),
                request.padId(), request.arrivalAt(), request.departureAt(), request.targetSocPercent(),
                request.requestedEnergyKwh(),
                request.priorityClass() != null ? request.priorityClass() : vehicle.get().priorityClass(),
                null, request.createdAt()));
        replans.replan(request.hubId(), DlmTrigger.CHARGING_REQUEST);
        return true;
    }

    private Optional<LiveHub> hub(String hubId) {
        return model.hub(hubId).or(() -> entities.loadHub(hubId) ? model.hub(hubId) : Optional.empty());
    }
}
