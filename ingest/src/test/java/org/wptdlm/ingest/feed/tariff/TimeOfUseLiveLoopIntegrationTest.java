package org.wptdlm.ingest.feed.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.plan.PlanAllocation;
import org.wptdlm.domain.plan.StoredPlan;
import org.wptdlm.ingest.support.LiveLoopSpringBootTest;
import org.wptdlm.ingest.support.LiveLoopTest;
import org.wptdlm.ingest.support.TestBroker;
import org.wptdlm.ingest.support.TestClient;

/**
 * A configured time-of-use price reaches the live plan: the stored plan's per-slot cost is its grid
 * energy at the configured price, and its cost KPI their sum.
 */
@LiveLoopSpringBootTest
class TimeOfUseLiveLoopIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String HUB_ID = "tou-" + RUN + "-hub";
    private static final double PRICE = 0.31;
    private static final double EFFICIENCY = 0.9;

    @Autowired
    PlanRepository plans;

    private TestClient controller;

    /**
     * A broker of its own: the other cached live-loop contexts of the test JVM, subscribed to the
     * shared one, would plan this hub too and take its DLM event numbers.
     */
    private static final TestBroker BROKER = new TestBroker().start();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        LiveLoopTest.registerDatabase(registry);
        registry.add("dlm.mqtt.url", BROKER::url);
        registry.add("dlm.mqtt.client-id", () -> "tou-" + RUN + "-service");
        registry.add("dlm.signals.tariffs.price[0].hub-id", () -> HUB_ID);
        registry.add("dlm.signals.tariffs.price[0].value", () -> PRICE);
        registry.add("dlm.signals.tariffs.refresh", () -> "2s");
    }

    @BeforeEach
    void connectController() throws Exception {
        controller = new TestClient(BROKER.url());
    }

    @AfterEach
    void clearRetained() throws Exception {
        controller.clearRetained("iot/hubs/" + HUB_ID + "/info");
        controller.clearRetained("iot/hubs/" + HUB_ID + "/nodes/pad-1/info");
        controller.clearRetained("iot/hubs/" + HUB_ID + "/dlm/allocation");
        controller.close();
    }

    @Test
    void theLivePlanIsCostedAtTheConfiguredPrice() throws Exception {
        String hub = "iot/hubs/" + HUB_ID;
        String vehicleId = "tou-" + RUN + "-ev";
        controller.publish(hub + "/info", "{\"name\":\"TOU hub\",\"latitude\":52.5,\"longitude\":13.4,\"gridLimitKw\":40}",
                true);
        controller.publish(hub + "/nodes/pad-1/info", "{\"maxPowerKw\":11,\"efficiency\":" + EFFICIENCY + "}", true);
        controller.publish(hub + "/status", "{\"ts\":\"" + Instant.now() + "\",\"state\":\"ONLINE\"}");
        controller.publish("iot/vehicles/" + vehicleId + "/telemetry", "{\"ts\":\"" + Instant.now()
                + "\",\"socPercent\":20,\"batteryCapacityKwh\":60,\"maxChargePowerKw\":11}");
        controller.publish(hub + "/nodes/pad-1/status",
                "{\"ts\":\"" + Instant.now() + "\",\"state\":\"OCCUPIED\",\"vehicleId\":\"" + vehicleId + "\"}");
        controller.publish(hub + "/requests", "{\"requestId\":\"tou-" + RUN + "-r\",\"ts\":\"" + Instant.now()
                + "\",\"vehicleId\":\"" + vehicleId + "\",\"nodeId\":\"pad-1\",\"targetSocPercent\":90,\"departure\":\""
                + Instant.now().plusSeconds(4 * 3600) + "\"}");

        StoredPlan plan = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(this::pricedPlan, Optional::isPresent).orElseThrow();

        double slotHours = plan.slotMinutes() / 60.0;
        double total = 0;
        for (int slot = 0; slot < plan.slots(); slot++) {
            double gridKw = 0;
            for (PlanAllocation allocation : plan.allocations()) {
                gridKw += allocation.kwBySlot().get(slot) / EFFICIENCY;
            }
            assertThat(plan.costBySlot().get(slot)).as("cost of slot %d", slot)
                    .isCloseTo(gridKw * slotHours * PRICE, within(1e-6));
            total += plan.costBySlot().get(slot);
        }
        assertThat(total).isPositive();
        assertThat(plan.kpisJson()).contains("\"cost\":");
    }

    private Optional<StoredPlan> pricedPlan() {
        return plans.figures(HUB_ID, TimeRange.ALL, 1_000).stream()
                .map(figures -> plans.findById(figures.planId()).orElseThrow())
                .filter(stored -> !stored.costBySlot().isEmpty() && !stored.allocations().isEmpty())
                .reduce((first, second) -> second);
    }
}
