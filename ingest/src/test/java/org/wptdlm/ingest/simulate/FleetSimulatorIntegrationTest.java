package org.wptdlm.ingest.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wptdlm.ingest.support.DelayingProxy;
import org.wptdlm.ingest.support.LiveLoopTest;

/**
 * The simulator against the live loop: its vehicles arrive, ask for charging and charge with the
 * allocated power, and the hub never draws more than its limit.
 */
class FleetSimulatorIntegrationTest extends LiveLoopTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSimulatedFleetChargesWithTheAllocatedPowerWithinItsLimits() throws Exception {
        String prefix = "fleet-" + UUID.randomUUID().toString().substring(0, 6);
        // Two vehicles arrive per simulated minute, so the pads fill within the test's seconds.
        FleetSimulator.Settings settings = new FleetSimulator.Settings(prefix, 1, 4, 120, 600, 7, 0, "");
        try (FleetSimulator fleet = new FleetSimulator(settings, FleetLogins.shared(new BrokerLogin(brokerUrl(), null, null)),
                Clock.systemUTC())) {
            fleet.announce();
            Duration tick = Duration.ofMillis(100);
            // Each poll advances the simulated fleet by one tick, in step with the wall clock.
            await().atMost(Duration.ofSeconds(20)).pollInSameThread().pollInterval(tick).until(() -> {
                fleet.step(tick);
                return fleet.allocationsReceived() >= 3 && fleet.powerKw() > 0;
            });

            assertThat(fleet.allocationsReceived()).isGreaterThanOrEqualTo(3);
            assertThat(fleet.powerKw()).as(fleet.summary()).isPositive();
            assertThat(fleet.limitBreaches()).as(fleet.summary()).isZero();
        }
    }

    @Test
    void everyVehicleIsKnownWhenItsChargingRequestArrives() throws Exception {
        String prefix = "known-" + UUID.randomUUID().toString().substring(0, 6);
        int hubs = 2;
        int pads = 3;
        // Every pad taken at the start. A vehicle's first telemetry goes through the vehicle gateway's
        // connection, here a slow one, and its charging request through the hub's: the broker passes
        // on what reaches it first.
        URI broker = URI.create(brokerUrl());
        BrokerLogin direct = new BrokerLogin(brokerUrl(), null, null);
        try (DelayingProxy slowLink = new DelayingProxy(broker.getHost(), broker.getPort(), Duration.ofMillis(300));
                FleetSimulator fleet = new FleetSimulator(new FleetSimulator.Settings(prefix, hubs, pads, 0, 1, 11, pads, ""),
                        FleetLogins.split(direct, new BrokerLogin(slowLink.url(), null, null)), Clock.systemUTC())) {
            fleet.announce();
            String hubTopics = "iot/hubs/" + prefix + "-hub-%";
            await("every request stored or refused").atMost(Duration.ofSeconds(30)).until(() -> count(
                    "select count(*) from charging_requests where hub_id like ?", prefix + "-hub-%")
                    + count("select count(*) from rejected_messages where topic like ? and topic like '%/requests'",
                            hubTopics) == hubs * pads);

            assertThat(count("select count(*) from rejected_messages where topic like ? and reason like 'unknown-vehicle%'",
                    hubTopics)).as("requests refused as unknown-vehicle").isZero();
        }
    }

    private long count(String sql, String parameter) {
        return jdbc.queryForObject(sql, Long.class, parameter);
    }
}
