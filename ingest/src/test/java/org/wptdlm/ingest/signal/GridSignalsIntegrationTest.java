package org.wptdlm.ingest.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.rejected.RejectedMessageRepository;
import org.wptdlm.db.signal.SignalScheduleRepository;
import org.wptdlm.domain.signal.GridLimitStep;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.store.WriteBehind;
import org.wptdlm.ingest.support.LiveLoopTest;
import org.wptdlm.ingest.support.TestClient;

/**
 * Grid signals over the real broker: a limit schedule on {@code grid/limits} binds the next
 * re-plan, a source past its validity falls back to the safe limit (hold 2 s in these tests, safe
 * limit half the hub's own), a site meter's base load narrows the charging headroom, and bad schedules are
 * refused with reasons.
 */
class GridSignalsIntegrationTest extends LiveLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final double EFFICIENCY = 0.9;
    private static final double HUB_LIMIT_KW = 40;

    @Autowired
    PlanRepository plans;
    @Autowired
    SignalScheduleRepository schedules;
    @Autowired
    RejectedMessageRepository rejected;
    @Autowired
    SignalStore store;
    @Autowired
    WriteBehind writes;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SignalSettings settings;
    @Autowired
    Clock clock;

    private final ObjectMapper mapper = PayloadParser.mapper();
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String hubId = "gs-" + run + "-hub";
    private final String hubTopic = "iot/hubs/" + hubId;
    private TestClient controller;

    @BeforeEach
    void hubWithThreeVehiclesCharging() throws Exception {
        controller = new TestClient(brokerUrl());
        controller.subscribe(hubTopic + "/dlm/events");
        controller.publish(hubTopic + "/info", """
                {"name":"Signals %s","latitude":52.5,"longitude":13.4,"gridLimitKw":%s}""".formatted(run, HUB_LIMIT_KW), true);
        for (int pad = 1; pad <= 3; pad++) {
            controller.publish(hubTopic + "/nodes/pad-" + pad + "/info", "{\"maxPowerKw\":11,\"efficiency\":" + EFFICIENCY + "}", true);
        }
        controller.publish(hubTopic + "/status", "{\"ts\":\"" + Instant.now() + "\",\"state\":\"ONLINE\"}");
        for (int pad = 1; pad <= 3; pad++) {
            String vehicleId = "gs-" + run + "-ev-" + pad;
            controller.publish("iot/vehicles/" + vehicleId + "/telemetry", "{\"ts\":\"" + Instant.now()
                    + "\",\"socPercent\":20,\"batteryCapacityKwh\":80,\"maxChargePowerKw\":11}");
            controller.publish(hubTopic + "/nodes/pad-" + pad + "/status",
                    "{\"ts\":\"" + Instant.now() + "\",\"state\":\"OCCUPIED\",\"vehicleId\":\"" + vehicleId + "\"}");
            controller.publish(hubTopic + "/requests", "{\"requestId\":\"gs-" + run + "-r-" + pad + "\",\"ts\":\""
                    + Instant.now() + "\",\"vehicleId\":\"" + vehicleId + "\",\"nodeId\":\"pad-" + pad
                    + "\",\"targetSocPercent\":95,\"departure\":\"" + Instant.now().plusSeconds(6 * 3600) + "\"}");
        }
        // With room for everyone (3 x 11 kW / 0.9 = 36.7 kW of 40), every vehicle charges at full power.
        awaitAllocation(event -> gridDrawNowKw(event) > 36);
    }

    @AfterEach
    void clearRetained() throws Exception {
        controller.clearRetained(hubTopic + "/info");
        for (int pad = 1; pad <= 3; pad++) {
            controller.clearRetained(hubTopic + "/nodes/pad-" + pad + "/info");
        }
        controller.clearRetained(hubTopic + "/dlm/allocation");
        controller.close();
    }

    @Test
    void anMqttLimitScheduleLowersTheAllocationsWithinOneReplanAndNoneExceedsIt() throws Exception {
        Instant now = Instant.now();
        controller.publish(hubTopic + "/grid/limits", """
                {"intervals":[{"start":"%s","end":"%s","value":12}],"validUntil":"%s"}"""
                .formatted(now.minusSeconds(60), now.plusSeconds(3 * 3600), now.plusSeconds(3600)));

        JsonNode lowered = awaitAllocation(event -> "SIGNAL_CHANGE".equals(event.get("trigger").asText()));

        assertThat(lowered.get("gridLimitKw").asDouble()).isEqualTo(12);
        assertThat(lowered.get("gridLimits").get(0).get("source").asText()).isEqualTo("mqtt");
        assertThat(gridDrawNowKw(lowered)).isCloseTo(12, within(0.01));
        List<JsonNode> since = allocationsSince(lowered.get("sequence").asLong());
        assertThat(since).allSatisfy(GridSignalsIntegrationTest::assertWithinBindingLimits);
        // No intervals: the MQTT source says nothing any more, and the hub's own limit binds again.
        controller.publish(hubTopic + "/grid/limits", "{\"intervals\":[]}");
        JsonNode restored = awaitAllocation(event -> event.get("sequence").asLong() > lowered.get("sequence").asLong()
                && "SIGNAL_CHANGE".equals(event.get("trigger").asText()));
        assertThat(restored.get("gridLimitKw").asDouble()).isEqualTo(HUB_LIMIT_KW);
        assertThat(restored.get("gridLimits").get(0).get("source").asText()).isEqualTo("info");
        assertThat(gridDrawNowKw(restored)).isGreaterThan(36);
        controller.publish(hubTopic + "/grid/limits", """
                {"intervals":[{"start":"%s","end":"%s","value":12}],"validUntil":"%s"}"""
                .formatted(now.minusSeconds(60), now.plusSeconds(3 * 3600), now.plusSeconds(3600)));
        // The stored plan records the binding source (plans are written behind the publication).
        assertThat(await().atMost(WAIT).until(() -> plans.findLatestByHub(hubId)
                .map(plan -> plan.gridLimitSteps()).orElse(List.of()), steps -> !steps.isEmpty()
                && !steps.get(0).source().equals("info")))
                .first().extracting(GridLimitStep::source, GridLimitStep::limitKw).containsExactly("mqtt", 12.0);
        await().atMost(WAIT).until(() -> schedules.findAll().stream().anyMatch(s -> s.hubId().equals(hubId)));
        // A restarted service loads it back before intake.
        SignalStore restarted = new SignalStore(schedules, writes, events, settings, clock);
        restarted.afterPropertiesSet();
        SignalSchedule live = store.schedules(hubId).get(0);
        assertThat(restarted.schedules(hubId)).singleElement().satisfies(loaded -> {
            assertThat(loaded.source()).isEqualTo("mqtt");
            assertThat(loaded.intervals()).isEqualTo(live.intervals());
            // PostgreSQL keeps microseconds (rounded).
            assertThat(loaded.validUntil()).isCloseTo(live.validUntil(), within(1, ChronoUnit.MICROS));
        });
        restarted.destroy();
    }

    @Test
    void aLimitSourcePastItsValidityHoldsThenFallsBackToTheSafeLimit() throws Exception {
        Instant now = Instant.now();
        Instant validUntil = now.plusSeconds(1);
        controller.publish(hubTopic + "/grid/limits", """
                {"intervals":[{"start":"%s","end":"%s","value":30}],"validUntil":"%s"}"""
                .formatted(now.minusSeconds(60), now.plusSeconds(3 * 3600), validUntil));

        // Re-planned when the hold (2 s) ends: half the hub's 40 kW binds, recorded as the stale source's safe limit.
        JsonNode fallen = awaitAllocation(event -> Instant.parse(event.get("ts").asText()).isAfter(validUntil.plusSeconds(2))
                && "SIGNAL_CHANGE".equals(event.get("trigger").asText()));

        assertThat(fallen.get("gridLimitKw").asDouble()).isEqualTo(20);
        assertThat(fallen.get("gridLimits").get(0).get("source").asText()).isEqualTo("safe-limit:mqtt");
        assertWithinBindingLimits(fallen);
    }

    @Test
    void aScheduleValidLongerHoldsItsValueUntilThenAndTheSafeLimitAfterTheHold() throws Exception {
        Instant now = Instant.now();
        controller.publish(hubTopic + "/grid/limits", """
                {"intervals":[{"start":"%s","end":"%s","value":30}],"validUntil":"%s"}"""
                .formatted(now.minusSeconds(60), now.plusSeconds(3 * 3600), now.plusSeconds(20 * 60)));

        JsonNode planned = awaitAllocation(event -> "SIGNAL_CHANGE".equals(event.get("trigger").asText()));

        // Slot 0 (15 min) is within the validity; slot 1 reaches past validUntil + 2 s of hold.
        JsonNode steps = planned.get("gridLimits");
        assertThat(steps.get(0).get("limitKw").asDouble()).isEqualTo(30);
        assertThat(steps.get(0).get("source").asText()).isEqualTo("mqtt");
        assertThat(steps.get(1).get("slot").asInt()).isEqualTo(1);
        assertThat(steps.get(1).get("limitKw").asDouble()).isEqualTo(20);
        assertThat(steps.get(1).get("source").asText()).isEqualTo("safe-limit:mqtt");
        assertWithinBindingLimits(planned);
    }

    @Test
    void aSiteMeterReadingLeavesRoomForTheBaseLoad() throws Exception {
        controller.publish(hubTopic + "/meter", "{\"ts\":\"" + Instant.now() + "\",\"importKw\":31,\"chargingKw\":6}");

        JsonNode allocation = awaitAllocation(event -> event.get("baseLoadKw").asDouble() == 25);

        assertThat(gridDrawNowKw(allocation)).isLessThanOrEqualTo(HUB_LIMIT_KW - 25 + 1e-6);
        assertThat(store.schedules(hubId)).anySatisfy(schedule -> assertThat(schedule.source()).isEqualTo("meter"));
    }

    @Test
    void badSchedulesAreRefusedWithReasonsAndChangeNothing() throws Exception {
        Instant now = Instant.now();
        String interval = "{\"start\":\"%s\",\"end\":\"%s\",\"value\":%s}";
        String hour = interval.formatted(now, now.plusSeconds(3600), "%s");
        controller.publish(hubTopic + "/grid/limits", "{\"intervals\":[" + hour.formatted("-5") + "]}");
        controller.publish(hubTopic + "/grid/limits", "{\"intervals\":[" + hour.formatted("10") + ","
                + interval.formatted(now.plusSeconds(1800), now.plusSeconds(7200), "8") + "]}");
        controller.publish(hubTopic + "/grid/limits", "{\"intervals\":[" + hour.formatted("10") + "],\"validUntil\":\""
                + now.minusSeconds(60) + "\"}");
        controller.publish(hubTopic + "/grid/prices", "{\"intervals\":[" + hour.formatted("1e9") + "]}");
        controller.publish(hubTopic + "/grid/carbon", "{\"intervals\":[");
        controller.publish(hubTopic + "/meter", "{\"ts\":\"" + now + "\",\"importKw\":NaN}");

        List<String> reasons = await().atMost(WAIT).until(() -> rejected.findAll(TimeRange.ALL, null, null,
                        new PageQuery(0, 500)).items().stream()
                .filter(message -> message.topic().startsWith(hubTopic + "/"))
                .map(message -> message.topic().substring(hubTopic.length() + 1) + " " + message.reason())
                .toList(), list -> list.size() == 6);
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).startsWith("grid/limits invalid-field")
                        .contains("intervals[].value must be a finite number from 0"))
                .anySatisfy(reason -> assertThat(reason).contains("intervals overlap"))
                .anySatisfy(reason -> assertThat(reason).contains("validUntil").contains("is past"))
                .anySatisfy(reason -> assertThat(reason).startsWith("grid/prices invalid-field"))
                .anySatisfy(reason -> assertThat(reason).startsWith("grid/carbon malformed-json"))
                .anySatisfy(reason -> assertThat(reason).startsWith("meter not-a-number"));
        assertThat(store.schedules(hubId)).isEmpty();
    }

    /** Every slot's grid draw within the binding limit of its step, the setpoints' fallbacks within the lowest. */
    private static void assertWithinBindingLimits(JsonNode allocation) {
        JsonNode steps = allocation.get("gridLimits");
        int slots = allocation.get("schedule").size() == 0 ? 0 : allocation.get("schedule").get(0).get("kwBySlot").size();
        double lowestKw = Double.MAX_VALUE;
        for (int t = 0; t < slots; t++) {
            double limitKw = 0;
            for (JsonNode step : steps) {
                if (step.get("slot").asInt() <= t) {
                    limitKw = step.get("limitKw").asDouble();
                }
            }
            lowestKw = Math.min(lowestKw, limitKw);
            double drawKw = 0;
            for (JsonNode pad : allocation.get("schedule")) {
                drawKw += pad.get("kwBySlot").get(t).asDouble() / EFFICIENCY;
            }
            assertThat(drawKw).as("slot %d", t).isLessThanOrEqualTo(limitKw - allocation.get("baseLoadKw").asDouble() + 1e-6);
        }
        double fallbackKw = 0;
        for (JsonNode setpoint : allocation.get("setpoints")) {
            fallbackKw += setpoint.get("fallbackKw").asDouble() / EFFICIENCY;
        }
        assertThat(fallbackKw).isLessThanOrEqualTo(lowestKw + 1e-6);
    }

    private static double gridDrawNowKw(JsonNode allocation) {
        double drawKw = 0;
        for (JsonNode setpoint : allocation.get("setpoints")) {
            drawKw += setpoint.get("gridPowerKw").asDouble();
        }
        return drawKw;
    }

    private JsonNode awaitAllocation(Predicate<JsonNode> matching) throws InterruptedException {
        return parse(controller.await(message -> {
            JsonNode event = parse(message.payload());
            return event != null && CLIENT_ID.equals(event.path("publisherId").asText()) && matching.test(event);
        }, WAIT).payload());
    }

    private List<JsonNode> allocationsSince(long sequence) {
        return controller.received().stream()
                .map(message -> parse(message.payload()))
                .filter(event -> event != null && "ALLOCATION".equals(event.path("type").asText())
                        && event.path("sequence").asLong() >= sequence)
                .toList();
    }

    private JsonNode parse(String payload) {
        try {
            return mapper.readTree(payload);
        } catch (IOException e) {
            return null;
        }
    }
}
