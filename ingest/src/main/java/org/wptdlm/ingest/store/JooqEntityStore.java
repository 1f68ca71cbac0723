package org.wptdlm.ingest.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.hub.CircuitRepository;
import org.wptdlm.db.hub.HubFilter;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.event.NewDlmEvent;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.ingest.live.EntityStore;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.live.RequestSnapshot;
import org.wptdlm.ingest.store.WriteBehind.Write;

/**
 * The live model's entities in PostgreSQL, through the db module's repositories. Loading reads at
 * once; every write goes through the {@link WriteBehind} queue, so the live loop does not wait for
 * (or stop with) the database.
 */
@Component
class JooqEntityStore implements EntityStore {

    private final HubRepository hubs;
    private final CircuitRepository circuits;
    private final PadRepository pads;
    private final VehicleRepository vehicles;
    private final ChargingRequestRepository requests;
    private final DlmEventRepository events;
    private final LiveModel model;
    private final WriteBehind writes;

    JooqEntityStore(HubRepository hubs, CircuitRepository circuits, PadRepository pads, VehicleRepository vehicles,
            ChargingRequestRepository requests, DlmEventRepository events, LiveModel model, WriteBehind writes) {
        this.hubs = hubs;
        this.circuits = circuits;
        this.pads = pads;
        this.vehicles = vehicles;
        this.requests = requests;
        this.events = events;
        this.model = model;
        this.writes = writes;
    }

    @Override
    public List<String> loadAllHubs() {
        List<String> loaded = new ArrayList<>();
        for (int page = 0; ; page++) {
            ResultPage<Hub> hubPage = hubs.findAll(HubFilter.ALL, new PageQuery(page, PageQuery.MAX_SIZE));
            hubPage.items().stream().map(Hub::id).filter(this::loadHub).forEach(loaded::add);
            if (hubPage.items().size() < PageQuery.MAX_SIZE) {
                return loaded;
            }
        }
    }

    @Override
    public boolean loadHub(String hubId) {
        if (writes.failingSince() != null) {
            // The database is known to be away: do not hold up the live loop asking it.
            return false;
        }
        Optional<Hub> hub = lookUp(() -> hubs.findById(hubId));
        if (hub.isEmpty()) {
            return false;
        }
        LiveHub restored = model.restoreHub(hubId, hub.get().gridLimitKw(), hub.get().status());
        restored.continueEventSequenceAfter(events.lastSequence(hubId));
        // A hub event redelivered after a restart is then refused as a duplicate, taking no number.
        events.lastHubEventAt(hubId).ifPresent(restored::continueHubEventsAfter);
        circuits.findByHub(hubId).forEach(circuit -> model.restoreCircuit(hubId, circuit.id(), circuit.limitKw()));
        pads.findAllByHub(hubId).forEach(pad -> model.restorePad(
                hubId, pad.id(), pad.maxPowerKw(), pad.efficiency(), pad.circuitId(), pad.status()));
        restoreOpenRequests(hubId);
        return true;
    }

    @Override
    public void refreshOwnedHub(String hubId) {
        if (writes.failingSince() != null || model.hub(hubId).isEmpty()) {
            return;
        }
        try {
            model.hub(hubId).get().continueEventSequenceAfter(events.lastSequence(hubId));
            restoreOpenRequests(hubId);
        } catch (DataAccessException e) {
            // The retained allocation and the hub's own messages still bring the model this far.
        }
    }

    @Override
    public void refreshRequest(String hubId, String requestId) {
        Optional<ChargingRequest> stored = lookUp(() -> requests.findById(requestId))
                .filter(request -> request.hubId().equals(hubId));
        boolean open = stored.map(request -> request.status() == ChargingRequestStatus.PENDING
                || request.status() == ChargingRequestStatus.ACTIVE).orElse(false);
        if (open) {
            restore(stored.get());
        } else {
            model.dropRequest(hubId, requestId);
        }
    }

    private void restoreOpenRequests(String hubId) {
        requests.findOpenByHub(hubId).forEach(this::restore);
    }

    private void restore(ChargingRequest request) {
        if (model.vehicle(request.vehicleId()).isPresent() || loadVehicle(request.vehicleId())) {
            model.restoreRequest(new RequestSnapshot(request.id(), request.hubId(), request.vehicleId(),
                    request.padId(), request.arrivalAt(), request.departureAt(), request.targetSocPercent(),
                    request.requestedEnergyKwh(), priorityOf(request), null, request.createdAt()));
        }
    }

    /**
     * A lookup while the database is away finds nothing: the message is judged on the live model
     * alone (a describing vehicle telemetry registers the vehicle) instead of failing.
     */
    private static <T> Optional<T> lookUp(Supplier<Optional<T>> query) {
        try {
            return query.get();
        } catch (DataAccessException e) {
            return Optional.empty();
        }
    }

    private PriorityClass priorityOf(ChargingRequest request) {
        if (request.priorityClass() != null) {
            return request.priorityClass();
        }
        return model.vehicle(request.vehicleId()).map(vehicle -> vehicle.priorityClass()).orElse(PriorityClass.NORMAL);
    }

    @Override
    public boolean loadVehicle(String vehicleId) {
        if (writes.failingSince() != null) {
            return false;
        }
        Optional<Vehicle> vehicle = lookUp(() -> vehicles.findById(vehicleId));
        vehicle.ifPresent(found -> model.restoreVehicle(found.id(), found.batteryCapacityKwh(),
                found.maxChargePowerKw(), found.priorityClass(), found.socPercent()));
        return vehicle.isPresent();
    }

    @Override
    public void upsertHub(Hub hub, List<HubCircuit> hubCircuits) {
        writes.submit(Write.described("upsert " + hub, () -> {
            hubs.upsert(hub);
            hubCircuits.forEach(circuits::upsert);
        }));
    }

    @Override
    public void upsertPad(HubPad pad) {
        writes.submit(Write.described("upsert " + pad, () -> pads.upsert(pad)));
    }

    @Override
    public void updateHubStatus(String hubId, HubStatus status) {
        writes.submit(Write.described("hub " + hubId + " status " + status, () -> hubs.updateStatus(hubId, status)));
    }

    @Override
    public void updatePadStatus(String hubId, String padId, PadStatus status) {
        writes.submit(Write.described("pad " + hubId + "/" + padId + " status " + status,
                () -> pads.updateStatus(hubId, padId, status)));
    }

    @Override
    public void insertVehicle(Vehicle vehicle) {
        writes.submit(Write.described("insert " + vehicle, () -> {
            if (!vehicles.exists(vehicle.id())) {
                insertUnlessAnotherInstanceDid(() -> vehicles.insert(vehicle));
            }
        }));
    }

    @Override
    public void saveRequest(RequestSnapshot request) {
        ChargingRequest stored = new ChargingRequest(request.requestId(), request.hubId(), request.vehicleId(),
                request.padId(), request.arrivalAt(), request.departureAt(), request.targetSocPercent(),
                request.energyKwh(), request.priorityClass(),
                request.padId() == null ? ChargingRequestStatus.PENDING : ChargingRequestStatus.ACTIVE,
                request.receivedTs());
        writes.submit(Write.described("save " + stored, () -> {
            if (!requests.update(stored)) {
                insertUnlessAnotherInstanceDid(() -> requests.insert(stored));
            }
        }));
    }

    /**
     * Every instance of a cluster follows the same messages and writes the same entity; the one
     * that comes second finds the row there, which is what it wanted.
     */
    private static void insertUnlessAnotherInstanceDid(Runnable insert) {
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            // Same message, same row: nothing lost.
        }
    }

    @Override
    public void closeRequest(String requestId, ChargingRequestStatus status) {
        writes.submit(Write.described("request " + requestId + " " + status, () -> requests.updateStatus(requestId, status)));
    }

    @Override
    public void completeRequest(String requestId, Instant endedAt) {
        writes.submit(Write.described("request " + requestId + " completed", () -> requests.complete(requestId, endedAt)));
    }

    @Override
    public void recordHubEvent(NewDlmEvent event, long sequence, String dedupKey) {
        writes.submit(Write.described("hub " + event.hubId() + " event #" + sequence + " " + event.type(),
                () -> events.appendNumberedOnce(event, sequence, dedupKey)));
    }
}
