package org.wptdlm.ingest.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.wptdlm.ingest.support.LiveLoopTest;

/**
 * The simulator against the live loop: its vehicles arrive, ask for charging and charge with the
 * allocated power, and the hub never draws more than its limit.
 */
class FleetSimulatorIntegrationTest extends LiveLoopTest {

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
}
