package org.wptdlm.ingest.simulate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.ingest.broker.BrokerRole;
import org.wptdlm.ingest.broker.EmbeddedMqttBroker;
import org.wptdlm.ingest.mqtt.MqttProperties;

/**
 * The demo of the embedded defaults: a small simulated fleet inside the service, on the service's
 * own broker, so a newcomer sees live allocations without hardware. {@code dlm.demo.enabled}:
 * {@code auto} (default) runs it only on the embedded broker, {@code true} on any broker,
 * {@code false} never.
 *
 * <p>The fleet runs on the same clock as the planner (real time): four vehicles per hub are parked
 * at the start, more arrive about once an hour, and each stays 1–10 h. A faster demo clock would
 * give every vehicle a departure inside the planner's first 15-minute slot. Requests still open from an
 * earlier run (a restart keeps the database) are withdrawn first: those vehicles are gone.
 */
@Component
class DemoFleet implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoFleet.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration SUMMARY_EVERY = Duration.ofMinutes(1);
    private static final int HUBS = 2;
    private static final int PADS_PER_HUB = 6;
    private static final int VEHICLES_AT_START = 4;
    private static final double ARRIVALS_PER_HOUR = 1;
    private static final double REAL_TIME = 1;
    private static final long SEED = 42;
    /** The broker account the demo's vehicles report their telemetry through. */
    private static final String VEHICLE_GATEWAY = "demo-vehicles";

    private final MqttProperties mqtt;
    private final String enabled;
    private final Clock clock;
    private final ChargingRequestRepository requests;
    private ScheduledExecutorService ticker;
    private FleetSimulator fleet;

    DemoFleet(MqttProperties mqtt, @Value("${dlm.demo.enabled:auto}") String enabled, Clock clock,
            ChargingRequestRepository requests) {
        this.mqtt = mqtt;
        this.enabled = enabled;
        this.clock = clock;
        this.requests = requests;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        boolean onEmbeddedBroker = EmbeddedMqttBroker.current().map(broker -> broker.url().equals(mqtt.url())).orElse(false);
        if (!mqtt.enabled() || "false".equals(enabled) || ("auto".equals(enabled) && !onEmbeddedBroker)) {
            return;
        }
        FleetSimulator.Settings settings = new FleetSimulator.Settings("demo", HUBS, PADS_PER_HUB, ARRIVALS_PER_HOUR,
                REAL_TIME, SEED, VEHICLES_AT_START, RunTag.now(clock));
        try {
            fleet = new FleetSimulator(settings, logins(settings), clock);
            List<ChargingRequest> earlierRuns = openRequests();
            fleet.announce();
            withdraw(earlierRuns);
        } catch (SimulatorException e) {
            log.warn("Demo fleet not started: {}", e.toString());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        log.info("Demo fleet running on {}: hubs demo-hub-1 and demo-hub-2 (dlm.demo.enabled=false turns it off)",
                mqtt.url());
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "demo-fleet"));
        ticker.scheduleAtFixedRate(this::step, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        ticker.scheduleAtFixedRate(() -> log.info("Demo fleet: {}", fleet.summary()),
                SUMMARY_EVERY.toMillis(), SUMMARY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Requests an earlier run left open, read before this run announces its own. */
    private List<ChargingRequest> openRequests() {
        List<ChargingRequest> open = new ArrayList<>();
        try {
            fleet.hubIds().forEach(hubId -> open.addAll(requests.findOpenByHub(hubId)));
        } catch (DataAccessException unreachable) {
            // A database outage at start-up must not stop the demo: earlier runs' requests then stay open.
            log.warn("Demo fleet could not read earlier runs' requests: {}", unreachable.toString());
        }
        return open;
    }

    private void withdraw(List<ChargingRequest> earlierRuns) throws InterruptedException {
        for (ChargingRequest request : earlierRuns) {
            fleet.cancelRequest(request.hubId(), request.id(), request.vehicleId());
        }
    }

    /**
     * On the embedded broker the demo hubs log in with hub accounts of their own (generated into the
     * broker's accounts file), so the broker's rules hold for them as for real hubs; on another
     * broker the fleet uses the service's login.
     */
    private FleetLogins logins(FleetSimulator.Settings settings) {
        return EmbeddedMqttBroker.current()
                .filter(broker -> broker.url().equals(mqtt.url()))
                .map(broker -> {
                    settings.hubIds().forEach(hubId -> broker.accounts().ensure(hubId, BrokerRole.HUB));
                    broker.accounts().ensure(VEHICLE_GATEWAY, BrokerRole.VEHICLE_GATEWAY);
                    return FleetLogins.fromAccounts(broker.url(), broker.accounts());
                })
                .orElseGet(() -> FleetLogins.shared(new BrokerLogin(mqtt.url(), mqtt.username(), mqtt.password())));
    }

    private void step() {
        try {
            fleet.step(TICK);
        } catch (RuntimeException e) {
            // An escaping exception would cancel the scheduled steps for good.
            log.warn("Demo fleet step failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        if (ticker != null) {
            ticker.shutdownNow();
            fleet.close();
        }
    }
}
