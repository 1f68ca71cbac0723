package org.wptdlm.web.hub.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.ingest.mqtt.Inbound;
import org.wptdlm.ingest.mqtt.MessageApplier;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.payload.PadTelemetryMessage;
import org.wptdlm.web.dashboard.DemoHubs;
import org.wptdlm.web.figures.HubFigures;
import org.wptdlm.web.figures.LoadLevel;

/** The Hubs page's figures from stored hubs, pads, requests and telemetry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HubBoardIntegrationTest {

    @Autowired
    private HubBoard board;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MessageApplier applier;

    @Autowired
    private ReplanSettings replan;

    @Autowired
    private TestRestTemplate rest;

    private DemoHubs demo;

    @BeforeEach
    void createDemo() {
        demo = new DemoHubs(context);
    }

    @AfterEach
    void removeDemo() {
        demo.removeAll();
    }

    @Test
    void hubAtItsLimitShowsDrawChargingWaitingAndCriticalVehicles() {
        Hub hub = demo.hub("board-full", "Board Full", 20, 3, 11);
        Vehicle ambulance = demo.vehicle("ambulance", 60, PriorityClass.EMERGENCY);
        Vehicle lowCar = demo.vehicle("low-car", 8, PriorityClass.NORMAL);
        Vehicle calmCar = demo.vehicle("calm-car", 70, PriorityClass.NORMAL);
        demo.park(hub, ambulance, "pad-1", 90, 2);
        demo.park(hub, calmCar, "pad-2", 80, 8);
        demo.park(hub, lowCar, null, 80, 4);
        demo.reading(hub, "pad-1", 1, 9.9, ambulance.id());
        demo.reading(hub, "pad-2", 1, 9.0, calmCar.id());

        HubFigures summary = board.overview(0).hubs().stream()
                .filter(candidate -> candidate.id().equals(hub.id()))
                .findFirst().orElseThrow();

        assertThat(summary.drawKw()).isCloseTo(21.0, offset(1e-9));
        assertThat(summary.loadLevel()).isEqualTo(LoadLevel.AT_LIMIT);
        assertThat(summary.vehiclesCharging()).isEqualTo(2);
        assertThat(summary.vehiclesWaiting()).isEqualTo(1);
        assertThat(summary.criticalVehicleIds()).containsExactly(ambulance.id(), lowCar.id());
    }

    @Test
    void hubWithoutReadingsHasNoDraw() {
        Hub hub = demo.hub("board-quiet", "Board Quiet", 50, 2, 11);

        HubFigures summary = board.overview(0).hubs().stream()
                .filter(candidate -> candidate.id().equals(hub.id()))
                .findFirst().orElseThrow();

        assertThat(summary.drawKw()).isNull();
        assertThat(summary.loadLevel()).isEqualTo(LoadLevel.UNKNOWN);
        assertThat(summary.lastReplanAt()).isNull();
    }

    @Test
    void hubWhosePadsFellSilentSaysSinceWhenItIsPlannedAtFallbackLimits() {
        Hub silent = demo.hub("board-silent", "Board Silent", 50, 2, 11);
        Hub reporting = demo.hub("board-reporting", "Board Reporting", 50, 2, 11);
        Instant lastReading = Instant.now().minus(replan.staleTelemetryAfter()).minusSeconds(30)
                .truncatedTo(ChronoUnit.MILLIS);
        padReports(silent, lastReading);
        padReports(reporting, Instant.now());

        HubFigures silentFigures = figuresOf(silent);
        JsonNode api = rest.withBasicAuth("operator", "operator")
                .getForObject("/api/hubs/" + silent.id() + "/figures", JsonNode.class);

        assertThat(silentFigures.telemetryStaleSince()).isEqualTo(lastReading);
        assertThat(Instant.parse(api.get("telemetryStaleSince").asText())).isEqualTo(lastReading);
        assertThat(figuresOf(reporting).telemetryStaleSince()).isNull();
    }

    private void padReports(Hub hub, Instant at) {
        Topic topic = Topic.parse("iot/hubs/" + hub.id() + "/nodes/pad-1/telemetry").orElseThrow();
        applier.apply(new Inbound(topic, new PadTelemetryMessage(at, 1L, 0.0, 1.0, null, false, null), new byte[0],
                Instant.now(), () -> { }));
    }

    private HubFigures figuresOf(Hub hub) {
        return board.overview(0).hubs().stream()
                .filter(candidate -> candidate.id().equals(hub.id()))
                .findFirst().orElseThrow();
    }
}
