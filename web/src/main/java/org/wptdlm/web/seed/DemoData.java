package org.wptdlm.web.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

/**
 * A realistic demo: hubs in five cities behind different grid connections, wireless pads of the
 * usual power classes, a mixed fleet of vehicles and some open charging requests. The same seed and
 * start time give the same data.
 */
record DemoData(List<Hub> hubs, List<HubCircuit> circuits, List<HubPad> pads, List<Vehicle> vehicles,
        List<ChargingRequest> requests) {

    static final long DEFAULT_SEED = 20_260_302L;

    /** Wireless pad power classes (kW) and their typical grid-to-vehicle efficiency. */
    private static final double[][] PAD_CLASSES = {{3.7, 0.88}, {7.4, 0.90}, {11.0, 0.91}, {22.0, 0.93}};

    private static final List<HubSite> SITES = List.of(
            new HubSite("hub-001", "Berlin Hauptbahnhof", "Europaplatz 1, 10557 Berlin", 52.5251, 13.3694, 250, 12, 3),
            new HubSite("hub-002", "München Messe Riem", "Am Messesee 2, 81829 München", 48.1365, 11.6965, 150, 8, 2),
            new HubSite("hub-003", "Hamburg Hafen Fleet Depot", "Am Sandtorkai 70, 20457 Hamburg", 53.5434, 9.9890, 400, 16, 4),
            new HubSite("hub-004", "Köln Deutz Parkhaus", "Ottoplatz 1, 50679 Köln", 50.9406, 6.9747, 90, 6, 1),
            new HubSite("hub-005", "Wien Praterstern", "Praterstern 1, 1020 Wien", 48.2188, 16.3921, 120, 6, 2));

    private static final List<LiveVehicle> MODELS = List.of(
            new LiveVehicle("Renault Zoe", 52, 22, PriorityClass.NORMAL),
            new LiveVehicle("VW ID.3", 58, 11, PriorityClass.NORMAL),
            new LiveVehicle("Tesla Model 3", 75, 11, PriorityClass.NORMAL),
            new LiveVehicle("Hyundai Ioniq 5", 77.4, 11, PriorityClass.NORMAL),
            new LiveVehicle("Nissan Leaf", 40, 6.6, PriorityClass.NORMAL),
            new LiveVehicle("Fiat 500e", 42, 11, PriorityClass.NORMAL),
            new LiveVehicle("Mercedes eVito van", 90, 11, PriorityClass.FLEET),
            new LiveVehicle("Ford E-Transit van", 68, 11, PriorityClass.FLEET),
            new LiveVehicle("Mercedes eSprinter ambulance", 113, 11, PriorityClass.EMERGENCY));

    private static final int VEHICLE_COUNT = 30;
    private static final int REQUEST_COUNT = 14;

    /** Generates the demo; requests arrive in the hour before {@code now} and leave 2 to 9 hours later. */
    static DemoData generate(long seed, Instant now) {
        Random random = new Random(seed);
        List<Hub> hubs = new ArrayList<>();
        List<HubCircuit> circuits = new ArrayList<>();
        List<HubPad> pads = new ArrayList<>();
        for (HubSite site : SITES) {
            HubStatus status = site.id().equals("hub-005") ? HubStatus.MAINTENANCE : HubStatus.ONLINE;
            hubs.add(new Hub(site.id(), site.name(), site.address(), site.latitude(), site.longitude(), site.gridLimitKw(),
                    status));
            List<HubPad> hubPads = pads(site, random);
            pads.addAll(hubPads);
            circuits.addAll(circuits(site, hubPads));
        }
        List<Vehicle> vehicles = vehicles(random);
        List<ChargingRequest> requests = requests(random, now, hubs, pads, vehicles);
        return new DemoData(hubs, circuits, pads, vehicles, requests);
    }

    private static List<HubPad> pads(HubSite site, Random random) {
        List<HubPad> pads = new ArrayList<>();
        for (int i = 1; i <= site.padCount(); i++) {
            double[] padClass = PAD_CLASSES[random.nextInt(PAD_CLASSES.length)];
            // Real pads scatter around their class's efficiency; keep them within 0.88-0.93.
            double efficiency = Math.min(0.93, Math.max(0.88, padClass[1] + (random.nextInt(11) - 5) / 1000.0));
            PadStatus status = random.nextInt(12) == 0 ? PadStatus.FAULT : PadStatus.AVAILABLE;
            String circuitId = circuitId((i - 1) % site.circuitCount());
            pads.add(new HubPad(site.id(), "pad-%02d".formatted(i), padClass[0], efficiency, status, circuitId));
        }
        return pads;
    }

    /** Each circuit is rated for about 60 % of what its pads could draw at once, so it binds at peak. */
    private static List<HubCircuit> circuits(HubSite site, List<HubPad> pads) {
        List<HubCircuit> circuits = new ArrayList<>();
        for (int c = 0; c < site.circuitCount(); c++) {
            String id = circuitId(c);
            double fullDrawKw = pads.stream()
                    .filter(pad -> id.equals(pad.circuitId()))
                    .mapToDouble(pad -> pad.gridPowerKw(pad.maxPowerKw()))
                    .sum();
            circuits.add(new HubCircuit(site.id(), id, Math.round(fullDrawKw * 0.6)));
        }
        return circuits;
    }

    private static String circuitId(int index) {
        return "feeder-" + (char) ('a' + index);
    }

    private static List<Vehicle> vehicles(Random random) {
        List<Vehicle> vehicles = new ArrayList<>();
        for (int i = 1; i <= VEHICLE_COUNT; i++) {
            LiveVehicle model = MODELS.get(random.nextInt(MODELS.size()));
            double socPercent = 10 + random.nextInt(70);
            vehicles.add(new Vehicle("ev-%03d".formatted(i), model.name() + " #" + i, model.batteryCapacityKwh(),
                    model.maxChargePowerKw(), socPercent, model.priorityClass()));
        }
        return vehicles;
    }

    /**
     * Open requests at online hubs: about half are parked on a free pad and charging (the pad then
     * shows CHARGING), the rest wait for one. Each vehicle has at most one request.
     */
    private static List<ChargingRequest> requests(Random random, Instant now, List<Hub> hubs, List<HubPad> pads,
            List<Vehicle> vehicles) {
        List<Hub> online = hubs.stream().filter(hub -> hub.status() == HubStatus.ONLINE).toList();
        List<ChargingRequest> requests = new ArrayList<>();
        for (int i = 0; i < REQUEST_COUNT; i++) {
            Vehicle vehicle = vehicles.get(i * 2);
            Hub hub = online.get(random.nextInt(online.size()));
            Instant arrival = now.minus(Duration.ofMinutes(random.nextInt(60)));
            Instant departure = arrival.plus(Duration.ofMinutes(120 + random.nextInt(7 * 60)));
            String padId = random.nextBoolean() ? takeFreePad(pads, hub.id()) : null;
            boolean byEnergy = random.nextInt(3) == 0;
            Double targetSocPercent = byEnergy ? null : (double) Math.min(100, 70 + random.nextInt(31));
            Double energyKwh = byEnergy ? (double) (10 + random.nextInt(30)) : null;
            requests.add(new ChargingRequest("req-%03d".formatted(i + 1), hub.id(), vehicle.id(), padId, arrival,
                    departure, targetSocPercent, energyKwh, null,
                    padId == null ? ChargingRequestStatus.PENDING : ChargingRequestStatus.ACTIVE, arrival));
        }
        return requests;
    }

    /** The first available pad of the hub, now marked CHARGING; null when all are taken. */
    private static String takeFreePad(List<HubPad> pads, String hubId) {
        for (int i = 0; i < pads.size(); i++) {
            HubPad pad = pads.get(i);
            if (pad.hubId().equals(hubId) && pad.status() == PadStatus.AVAILABLE) {
                pads.set(i, new HubPad(pad.hubId(), pad.id(), pad.maxPowerKw(), pad.efficiency(), PadStatus.CHARGING,
                        pad.circuitId()));
                return pad.id();
            }
        }
        return null;
    }

    private record HubSite(String id, String name, String address, double latitude, double longitude,
            double gridLimitKw, int padCount, int circuitCount) {
    }

    private record LiveVehicle(String name, double batteryCapacityKwh, double maxChargePowerKw,
            PriorityClass priorityClass) {
    }
}
