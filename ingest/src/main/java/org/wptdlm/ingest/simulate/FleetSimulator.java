package org.wptdlm.ingest.simulate;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.payload.ChargingRequestMessage;
import org.wptdlm.ingest.payload.HubInfoMessage;
import org.wptdlm.ingest.payload.HubStatusMessage;
import org.wptdlm.ingest.payload.PadInfoMessage;
import org.wptdlm.ingest.payload.PadStatusMessage;
import org.wptdlm.ingest.payload.PadTelemetryMessage;
import org.wptdlm.ingest.payload.VehicleTelemetryMessage;
import org.wptdlm.ingest.publish.AllocationEvent;

/**
 * A fleet of hubs whose pads see vehicles arrive (Poisson), ask for a target SoC by a departure
 * time, charge with exactly the power the service allocates (or the fallback limit once an
 * allocation has expired) and leave. Stays last 1–10 h and ask for no more energy than the pad could
 * give in about 70 % of the stay, as at real car parks. Simulated time runs {@code speed} times faster
 * than the clock for charging and dwell times; message timestamps are real. Reproducible for a seed.
 */
public final class FleetSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FleetSimulator.class);
    private static final double[] BATTERIES_KWH = {40, 58, 77, 100};
    private static final double[] VEHICLE_MAX_KW = {7.4, 11, 11, 22};
    private static final double MIN_STAY_HOURS = 1;
    private static final double MAX_STAY_HOURS = 10;
    /** Drivers ask for what a stay can give, with room to spare: at most this share of the stay at full power. */
    private static final double STAY_SHARE_CHARGING = 0.7;
    private static final double LOWEST_ARRIVAL_SOC_PERCENT = 10;

    /**
     * The simulated site.
     *
     * @param vehiclesAtStart vehicles per hub already parked when the simulation starts (arrived earlier)
     * @param runTag part of every vehicle and request id, so that a later run never reuses an earlier run's ids
     */
    public record Settings(String prefix, int hubs, int padsPerHub, double arrivalsPerHour, double speed, long seed,
            int vehiclesAtStart, String runTag) {

        /** The simulated hubs' ids, {@code {prefix}-hub-1} and on. */
        public List<String> hubIds() {
            return IntStream.rangeClosed(1, hubs).mapToObj(h -> prefix + "-hub-" + h).toList();
        }
    }

    private final Settings settings;
    private final FleetLogins logins;
    private final Map<String, SimulatorClient> hubClients = new HashMap<>();
    private final SimulatorClient vehicleClient;
    private final Clock clock;
    private final Random random;
    private final List<SimulatedPad> pads = new ArrayList<>();
    private final Map<String, Instant> lastAllocationByHub = new HashMap<>();
    private final Map<String, Long> ownerEpochByHub = new HashMap<>();
    private long staleOwnerAllocations;
    private final Map<String, Double> gridLimitKwByHub = new HashMap<>();
    private final AtomicLong allocationsReceived = new AtomicLong();
    private long vehiclesArrived;
    private long limitBreaches;

    public FleetSimulator(Settings settings, FleetLogins logins, Clock clock) throws SimulatorException {
        this.settings = settings;
        this.clock = clock;
        this.random = new Random(settings.seed());
        this.logins = logins;
        this.vehicleClient = new SimulatorClient(logins.vehicles(), 1000, this::onMessage, () -> { });
    }

    /** Announces the hubs and pads (retained) and follows their allocations. */
    public void announce() throws SimulatorException, InterruptedException {
        Instant now = clock.instant();
        for (int h = 1; h <= settings.hubs(); h++) {
            String hubId = settings.hubIds().get(h - 1);
            SimulatorClient client = new SimulatorClient(logins.hub(hubId), 1000, this::onMessage, () -> { });
            hubClients.put(hubId, client);
            double padMaxKw = 11;
            double gridLimitKw = Math.round(settings.padsPerHub() * padMaxKw * 0.6);
            double circuitLimitKw = Math.round(settings.padsPerHub() * padMaxKw * 0.4);
            gridLimitKwByHub.put(hubId, gridLimitKw);
            client.subscribe(Topic.dlmAllocation(hubId));
            client.publishNow("iot/hubs/" + hubId + "/info", new HubInfoMessage("Simulated hub " + h, null,
                    52.5 + h * 0.01, 13.4, gridLimitKw,
                    List.of(new HubInfoMessage.CircuitInfo("c1", circuitLimitKw), new HubInfoMessage.CircuitInfo("c2", circuitLimitKw)),
                    now), true);
            for (int p = 1; p <= settings.padsPerHub(); p++) {
                String circuitId = p <= (settings.padsPerHub() + 1) / 2 ? "c1" : "c2";
                SimulatedPad pad = new SimulatedPad(hubId, "pad-" + p, padMaxKw, 0.92, circuitId);
                pads.add(pad);
                client.publishNow("iot/hubs/" + hubId + "/nodes/" + pad.padId + "/info",
                        new PadInfoMessage(pad.maxPowerKw, pad.efficiency, circuitId, now), true);
                client.publishNow("iot/hubs/" + hubId + "/nodes/" + pad.padId + "/status",
                        new PadStatusMessage(now, PadStatus.AVAILABLE, null, null), false);
            }
            client.publishNow("iot/hubs/" + hubId + "/status", new HubStatusMessage(now, HubStatus.ONLINE, null, 0.0), false);
            // A millisecond after the announcement: a pad's status of the same device time would be a duplicate.
            Instant parkedAt = now.plusMillis(1);
            for (int v = 0; v < Math.min(settings.vehiclesAtStart(), settings.padsPerHub()); v++) {
                arrive(hubId, parkedAt);
            }
        }
        log.info("Simulating {} hubs with {} pads each (speed x{})", settings.hubs(), settings.padsPerHub(), settings.speed());
    }

    /** Withdraws a charging request, as a vehicle that left without saying so would have its app do. */
    public void cancelRequest(String hubId, String requestId, String vehicleId) throws InterruptedException {
        hubClients.get(hubId).publishNow("iot/hubs/" + hubId + "/requests", new ChargingRequestMessage(requestId, clock.instant(), vehicleId,
                null, null, null, null, null, true), false);
    }

    /** The ids of the simulated hubs. */
    public List<String> hubIds() {
        return settings.hubIds();
    }

    private void onMessage(String topic, byte[] payload) {
        AllocationEvent event;
        try {
            event = vehicleClient.read(payload, AllocationEvent.class);
        } catch (IOException e) {
            log.warn("Unreadable allocation on {}: {}", topic, e.getMessage());
            return;
        }
        synchronized (this) {
            // A controller follows the newest owner of its hub: an allocation from an older epoch
            // comes from an instance that has not yet noticed it lost the hub.
            Long seenEpoch = ownerEpochByHub.get(event.hubId());
            if (event.ownerEpoch() != null && seenEpoch != null && event.ownerEpoch() < seenEpoch) {
                staleOwnerAllocations++;
                log.info("Ignored allocation for hub {} from {} (epoch {} < {})", event.hubId(),
                        event.ownerInstance(), event.ownerEpoch(), seenEpoch);
                return;
            }
            if (event.ownerEpoch() != null) {
                ownerEpochByHub.put(event.hubId(), event.ownerEpoch());
            }
            // By time, not sequence: a retained allocation from an earlier run may carry any number.
            Instant last = lastAllocationByHub.get(event.hubId());
            if (last != null && !event.ts().isAfter(last)) {
                return;
            }
            lastAllocationByHub.put(event.hubId(), event.ts());
            allocationsReceived.incrementAndGet();
            for (AllocationEvent.Setpoint setpoint : event.setpoints()) {
                pads.stream()
                        .filter(pad -> pad.hubId.equals(event.hubId()) && pad.padId.equals(setpoint.padId()))
                        .forEach(pad -> {
                            pad.setpointKw = setpoint.powerKw();
                            pad.fallbackKw = setpoint.fallbackKw();
                            pad.setpointValidUntil = event.validUntil();
                        });
            }
        }
    }

    /** Advances the simulation by {@code tick} of real time and publishes what the devices report. */
    public synchronized void step(Duration tick) throws InterruptedException {
        Instant now = clock.instant();
        double simulatedHours = tick.toMillis() / 3_600_000.0 * settings.speed();
        for (String hubId : gridLimitKwByHub.keySet()) {
            if (random.nextDouble() < settings.arrivalsPerHour() * simulatedHours) {
                arrive(hubId, now);
            }
        }
        Map<String, Double> gridKwByHub = new HashMap<>();
        for (SimulatedPad pad : pads) {
            if (pad.vehicle != null && !now.isBefore(pad.vehicle.departure)) {
                depart(pad, now);
            }
            charge(pad, now, simulatedHours);
            gridKwByHub.merge(pad.hubId, pad.powerKw / pad.efficiency, Double::sum);
            report(pad, now);
        }
        gridKwByHub.forEach((hubId, gridKw) -> {
            if (gridKw > gridLimitKwByHub.get(hubId) + 1e-6) {
                limitBreaches++;
                log.error("Hub {} draws {} kW, over its {} kW limit", hubId, gridKw, gridLimitKwByHub.get(hubId));
            }
        });
    }

    private void arrive(String hubId, Instant now) throws InterruptedException {
        List<SimulatedPad> free = pads.stream().filter(pad -> pad.hubId.equals(hubId) && pad.vehicle == null).toList();
        if (free.isEmpty()) {
            return;
        }
        SimulatedPad pad = free.get(random.nextInt(free.size()));
        vehiclesArrived++;
        String vehicleId = settings.prefix() + "-ev-" + settings.runTag() + vehiclesArrived;
        int model = random.nextInt(BATTERIES_KWH.length);
        double stayHours = MIN_STAY_HOURS + random.nextDouble() * (MAX_STAY_HOURS - MIN_STAY_HOURS);
        Instant departure = now.plusMillis((long) (stayHours * 3_600_000 / settings.speed()));
        double draw = random.nextDouble();
        PriorityClass priority = draw < 0.02 ? PriorityClass.EMERGENCY : draw < 0.12 ? PriorityClass.FLEET : PriorityClass.NORMAL;
        double targetSocPercent = 80 + random.nextInt(5) * 5;
        double wantedKwh = Math.min(BATTERIES_KWH[model] * (targetSocPercent - LOWEST_ARRIVAL_SOC_PERCENT) / 100,
                STAY_SHARE_CHARGING * Math.min(VEHICLE_MAX_KW[model], pad.maxPowerKw) * stayHours) * (0.5 + random.nextDouble() / 2);
        double arrivalSocPercent = targetSocPercent - wantedKwh / BATTERIES_KWH[model] * 100;
        SimulatedVehicle vehicle = new SimulatedVehicle(vehicleId, vehicleId + "-req", BATTERIES_KWH[model],
                VEHICLE_MAX_KW[model], arrivalSocPercent, targetSocPercent, departure, priority);
        pad.vehicle = vehicle;
        // The vehicle's first telemetry describes it; the hub's request, on another connection, names
        // it. A broker keeps order per connection only, so the request goes out once the broker has
        // the telemetry: else it could arrive first and be refused as unknown-vehicle.
        VehicleTelemetryMessage described = new VehicleTelemetryMessage(now, vehicle.seq++, round(vehicle.socPercent),
                vehicle.batteryCapacityKwh, vehicle.maxChargePowerKw, null, null);
        try {
            vehicleClient.publishAcknowledged("iot/vehicles/" + vehicleId + "/telemetry", described, false);
        } catch (SimulatorException e) {
            log.warn("Vehicle {} not acknowledged by the broker ({}); its request may be refused as unknown-vehicle",
                    vehicleId, e.getMessage());
        }
        SimulatorClient client = hubClients.get(pad.hubId);
        client.publishNow(padTopic(pad, "status"), new PadStatusMessage(now, PadStatus.OCCUPIED, vehicleId, null), false);
        client.publishNow("iot/hubs/" + pad.hubId + "/requests", new ChargingRequestMessage(vehicle.requestId, now,
                vehicleId, pad.padId, vehicle.targetSocPercent, null, departure, priority, false), false);
    }

    private void depart(SimulatedPad pad, Instant now) throws InterruptedException {
        log.debug("{} leaves {}/{} at {} % SoC (wanted {} %)", pad.vehicle.vehicleId, pad.hubId, pad.padId,
                Math.round(pad.vehicle.socPercent), pad.vehicle.targetSocPercent);
        pad.vehicle = null;
        pad.powerKw = 0;
        hubClients.get(pad.hubId).publishNow(padTopic(pad, "status"), new PadStatusMessage(now, PadStatus.AVAILABLE, null, null), false);
    }

    private static void charge(SimulatedPad pad, Instant now, double simulatedHours) {
        if (pad.vehicle == null) {
            pad.powerKw = 0;
            return;
        }
        pad.powerKw = pad.vehicle.acceptedKw(Math.min(pad.allowedKw(now), pad.maxPowerKw));
        double energyKwh = pad.powerKw * simulatedHours;
        pad.energyMeterKwh += energyKwh;
        pad.vehicle.charge(energyKwh);
    }

    private void report(SimulatedPad pad, Instant now) throws InterruptedException {
        SimulatedVehicle vehicle = pad.vehicle;
        hubClients.get(pad.hubId).publishNow(padTopic(pad, "telemetry"), new PadTelemetryMessage(now, pad.seq++, round(pad.powerKw),
                round(pad.energyMeterKwh), vehicle == null ? null : 97.0, vehicle != null,
                vehicle == null ? null : vehicle.vehicleId), false);
        if (vehicle != null) {
            vehicleClient.publishNow("iot/vehicles/" + vehicle.vehicleId + "/telemetry", new VehicleTelemetryMessage(now,
                    vehicle.seq++, round(vehicle.socPercent), null, null, null, null), false);
        }
    }

    private static String padTopic(SimulatedPad pad, String leaf) {
        return "iot/hubs/" + pad.hubId + "/nodes/" + pad.padId + "/" + leaf;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** A one-line account of the fleet, for the log. */
    public synchronized String summary() {
        long onPads = pads.stream().filter(pad -> pad.vehicle != null).count();
        return String.format("%d vehicles on %d pads drawing %.1f kW; %d arrived; %d allocations received; %d limit breaches",
                onPads, pads.size(), powerKw(), vehiclesArrived, allocationsReceived.get(), limitBreaches);
    }

    /** Power the pads deliver now, kW. */
    public synchronized double powerKw() {
        return pads.stream().mapToDouble(pad -> pad.powerKw).sum();
    }

    public synchronized long limitBreaches() {
        return limitBreaches;
    }

    /** Allocations ignored because they came from an older owner of their hub than one seen before. */
    public synchronized long staleOwnerAllocations() {
        return staleOwnerAllocations;
    }

    public long allocationsReceived() {
        return allocationsReceived.get();
    }

    @Override
    public void close() {
        for (SimulatorClient client : hubClients.values()) {
            client.close();
        }
        vehicleClient.close();
    }
}
