package org.wptdlm.ingest.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.live.RequestSnapshot;
import org.wptdlm.ingest.support.LiveLoopTest;
import org.wptdlm.ingest.support.TestClient;

/**
 * Over the real broker and PostgreSQL: drivers of a hub who always leave two hours before the departure
 * they stated teach the hub's departure model so (each vehicle leaving its pad is one ended session),
 * and a departure model started again on the same database (a restart) has learned the same.
 */
class DepartureLearningIntegrationTest extends LiveLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration STATED_STAY = Duration.ofHours(3);
    private static final Duration LEFT_EARLY_BY = Duration.ofHours(2);
    private static final int SESSIONS = 12;
    private static final Duration SLOT = Duration.ofMinutes(15);

    @Autowired
    HubDepartures departures;
    @Autowired
    ChargingRequestRepository requests;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String hubId = "dl-" + run + "-hub";
    private final String hubTopic = "iot/hubs/" + hubId;
    private TestClient controller;

    @Test
    void aHubWhoseDriversLeaveEarlyPlansEarlierDeparturesAndKeepsItAcrossARestart() throws Exception {
        controller = new TestClient(brokerUrl());
        controller.publish(hubTopic + "/info", """
                {"name":"Departures %s","latitude":52.5,"longitude":13.4,"gridLimitKw":40}""".formatted(run), true);
        controller.publish(hubTopic + "/nodes/pad-1/info", "{\"maxPowerKw\":11,\"efficiency\":0.9}", true);
        controller.publish(hubTopic + "/status", "{\"ts\":\"" + Instant.now() + "\",\"state\":\"ONLINE\"}");
        Instant stated = Instant.now().plus(STATED_STAY);
        Instant fresh = departures.model("dl-" + run + "-other").estimateDeparture(Instant.now(), stated, null,
                Instant.now(), SLOT);
        for (int i = 0; i < SESSIONS; i++) {
            park(i);
        }

        await("every session learned").atMost(WAIT).until(() -> departures.model(hubId).observations() == SESSIONS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RequestSnapshot next = new RequestSnapshot("dl-" + run + "-next", hubId, "dl-" + run + "-ev-next", null, now,
                now.plus(STATED_STAY), 80.0, null, PriorityClass.NORMAL, null, now);
        Instant planned = departures.departure(next, now, SLOT);
        assertThat(fresh).as("a hub without history").isAfterOrEqualTo(stated);
        assertThat(Duration.between(planned, next.departureAt().minus(LEFT_EARLY_BY)).abs())
                .isLessThan(Duration.ofMinutes(1));

        await("every session stored").atMost(WAIT).until(() -> requests.findLatestEndedStays(SESSIONS).stream()
                .filter(stay -> stay.hubId().equals(hubId)).count() == SESSIONS);
        HubDepartures restarted = new HubDepartures(requests);
        restarted.start();

        assertThat(restarted.model(hubId).observations()).isEqualTo(SESSIONS);
        assertThat(restarted.departure(next, now, SLOT)).isEqualTo(planned);
    }

    /** A vehicle parks, states it leaves in two hours, and leaves at once: two hours early. */
    private void park(int i) throws Exception {
        String vehicleId = "dl-" + run + "-ev-" + i;
        String requestId = "dl-" + run + "-r-" + i;
        controller.publish("iot/vehicles/" + vehicleId + "/telemetry", "{\"ts\":\"" + Instant.now()
                + "\",\"socPercent\":20,\"batteryCapacityKwh\":80,\"maxChargePowerKw\":11}");
        controller.publish(hubTopic + "/nodes/pad-1/status",
                "{\"ts\":\"" + Instant.now() + "\",\"state\":\"OCCUPIED\",\"vehicleId\":\"" + vehicleId + "\"}");
        controller.publish(hubTopic + "/requests", "{\"requestId\":\"" + requestId + "\",\"ts\":\"" + Instant.now()
                + "\",\"vehicleId\":\"" + vehicleId + "\",\"nodeId\":\"pad-1\",\"targetSocPercent\":95,\"departure\":\""
                + Instant.now().plus(LEFT_EARLY_BY) + "\"}");
        await("request " + requestId + " stored").atMost(WAIT).until(() -> requests.findById(requestId).isPresent());
        controller.publish(hubTopic + "/nodes/pad-1/status", "{\"ts\":\"" + Instant.now() + "\",\"state\":\"AVAILABLE\"}");
        await("session " + i + " ended").atMost(WAIT).until(() -> departures.model(hubId).observations() == i + 1);
    }

    @AfterEach
    void clearRetained() throws Exception {
        controller.clearRetained(hubTopic + "/info");
        controller.clearRetained(hubTopic + "/nodes/pad-1/info");
        controller.close();
    }
}
