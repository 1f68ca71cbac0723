package org.wptdlm.web.seed;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.db.hub.CircuitRepository;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.reset.DatabaseReset;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.vehicle.Vehicle;

/** Stores the demo data in one transaction: a failed seed leaves the database as it was. */
@Component
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DatabaseReset reset;
    private final HubRepository hubs;
    private final CircuitRepository circuits;
    private final PadRepository pads;
    private final VehicleRepository vehicles;
    private final ChargingRequestRepository requests;
    private final Clock clock;

    DemoSeeder(DatabaseReset reset, HubRepository hubs, CircuitRepository circuits, PadRepository pads,
            VehicleRepository vehicles, ChargingRequestRepository requests, Clock clock) {
        this.reset = reset;
        this.hubs = hubs;
        this.circuits = circuits;
        this.pads = pads;
        this.vehicles = vehicles;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * Seeds the demo. Without {@code deleteFirst}, hubs, vehicles and requests that exist already are
     * kept as they are (a hub that exists keeps its circuits and pads), so seeding twice is harmless.
     */
    @Transactional
    SeedReport seed(long randomSeed, boolean deleteFirst) {
        if (deleteFirst) {
            reset.deleteAllData();
            log.info("Deleted all hubs, vehicles, requests, telemetry, plans and DLM events");
        }
        DemoData demo = DemoData.generate(randomSeed, clock.instant().truncatedTo(ChronoUnit.MINUTES));
        int kept = 0;
        int hubCount = 0;
        int circuitCount = 0;
        int padCount = 0;
        for (Hub hub : demo.hubs()) {
            if (hubs.exists(hub.id())) {
                kept++;
                continue;
            }
            hubs.insert(hub);
            hubCount++;
            List<HubCircuit> hubCircuits = demo.circuits().stream().filter(circuit -> circuit.hubId().equals(hub.id())).toList();
            List<HubPad> hubPads = demo.pads().stream().filter(pad -> pad.hubId().equals(hub.id())).toList();
            hubCircuits.forEach(circuits::upsert);
            circuitCount += hubCircuits.size();
            hubPads.forEach(pads::insert);
            padCount += hubPads.size();
        }
        int vehicleCount = 0;
        for (Vehicle vehicle : demo.vehicles()) {
            if (vehicles.exists(vehicle.id())) {
                kept++;
            } else {
                vehicles.insert(vehicle);
                vehicleCount++;
            }
        }
        int requestCount = 0;
        for (ChargingRequest request : demo.requests()) {
            if (requests.findById(request.id()).isPresent()) {
                kept++;
            } else {
                requests.insert(request);
                requestCount++;
            }
        }
        SeedReport report = new SeedReport(hubCount, circuitCount, padCount, vehicleCount, requestCount, kept);
        log.info("{}", report);
        return report;
    }
}
