package org.wptdlm.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * A hub of the live model driven by its commands alone (domain records and this package's reports),
 * as any edge, MQTT or other, would drive it: no payload records, broker or database.
 */
class LiveHubCommandsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final VehicleSnapshot EV = new VehicleSnapshot("ev-1", 60, 11, PriorityClass.FLEET, 40.0, NOW);

    private final LiveHub hub = new LiveModel().hubOrCreate("hub-1", 50);

    LiveHubCommandsTest() {
        hub.applyInfo(new Hub("hub-1", "Depot", null, 48.1, 11.5, 50, HubStatus.ONLINE),
                List.of(new HubCircuit("hub-1", "c-1", 30)));
        hub.applyPadInfo(pad("pad-1", "c-1", PadStatus.AVAILABLE));
    }

    @Test
    void aDescriptionSetsLimitsAndCircuitsAndARedescribedPadKeepsItsStatus() {
        hub.applyPadStatus(new PadStatusReport("pad-1", NOW, PadStatus.FAULT, null));

        assertThat(hub.applyInfo(new Hub("hub-1", "Depot", null, 48.1, 11.5, 40, HubStatus.ONLINE),
                List.of(new HubCircuit("hub-1", "c-1", 30)))).contains(DlmTrigger.GRID_LIMIT_CHANGE);
        hub.applyPadInfo(pad("pad-1", "c-1", PadStatus.AVAILABLE));

        HubSnapshot snapshot = hub.snapshot(NOW);
        assertThat(snapshot.gridLimitKw()).isEqualTo(40);
        assertThat(snapshot.circuitLimitsKw()).containsEntry("c-1", 30.0);
        assertThat(snapshot.pads()).singleElement().satisfies(pad -> {
            assertThat(pad.status()).isEqualTo(PadStatus.FAULT);
            assertThat(pad.circuitId()).isEqualTo("c-1");
        });
    }

    @Test
    void aPadOnACircuitTheHubDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> hub.applyPadInfo(pad("pad-2", "c-9", PadStatus.AVAILABLE)))
                .isInstanceOfSatisfying(CommandRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_FIELD));
        assertThat(hub.hasPad("pad-2")).isFalse();
    }

    @Test
    void aStatusReportCurtailsTheLimitAndAReturnOnlineIsAReconnect() {
        assertThat(hub.applyStatus(new HubStatusReport(NOW, HubStatus.ONLINE, 35.0, 5.0)))
                .contains(DlmTrigger.GRID_LIMIT_CHANGE);
        assertThat(hub.snapshot(NOW).gridLimitKw()).isEqualTo(35);
        assertThat(hub.snapshot(NOW).baseLoadKw()).isEqualTo(5);

        hub.applyStatus(new HubStatusReport(NOW.plusSeconds(1), HubStatus.OFFLINE, 35.0, 5.0));
        assertThat(hub.applyStatus(new HubStatusReport(NOW.plusSeconds(2), HubStatus.ONLINE, null, null)))
                .contains(DlmTrigger.HUB_RECONNECT);
        assertThat(hub.snapshot(NOW).gridLimitKw()).as("back to nominal").isEqualTo(50);
    }

    @Test
    void aRequestFollowsItsVehicleOntoThePadAndIsClosedWhenItLeaves() {
        RequestSnapshot asked = hub.applyRequest(request(NOW, NOW.plusSeconds(7200), false), EV, NOW);
        assertThat(asked.padId()).isNull();
        assertThat(asked.arrivalAt()).isEqualTo(NOW);
        assertThat(asked.priorityClass()).as("the vehicle's class").isEqualTo(PriorityClass.FLEET);

        assertThat(hub.applyPadStatus(new PadStatusReport("pad-1", NOW.plusSeconds(10), PadStatus.CHARGING, "ev-1")))
                .contains(DlmTrigger.VEHICLE_ARRIVAL);
        assertThat(hub.snapshot(NOW).requests()).singleElement()
                .satisfies(request -> assertThat(request.padId()).isEqualTo("pad-1"));

        assertThat(hub.applyPadStatus(new PadStatusReport("pad-1", NOW.plusSeconds(20), PadStatus.AVAILABLE, null)))
                .contains(DlmTrigger.VEHICLE_DEPARTURE);
        assertThat(hub.snapshot(NOW).requests()).isEmpty();
        assertThat(hub.drainClosedRequests()).extracting(RequestSnapshot::requestId).containsExactly("r-1");
    }

    @Test
    void aRepeatedOrOlderReportIsRefusedAndAWithdrawalDropsTheRequest() {
        hub.applyRequest(request(NOW, NOW.plusSeconds(7200), false), EV, NOW);

        assertThatThrownBy(() -> hub.applyRequest(request(NOW, NOW.plusSeconds(7200), false), EV, NOW))
                .isInstanceOfSatisfying(CommandRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.DUPLICATE));
        assertThatThrownBy(() -> hub.applyRequest(request(NOW.minusSeconds(1), NOW.plusSeconds(7200), false), EV, NOW))
                .isInstanceOfSatisfying(CommandRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.OUT_OF_ORDER));

        RequestSnapshot withdrawn = hub.applyRequest(request(NOW.plusSeconds(5), null, true), EV, NOW.plusSeconds(5));
        assertThat(withdrawn.departureAt()).isEqualTo(NOW.plusSeconds(6));
        assertThat(hub.snapshot(NOW).requests()).isEmpty();
    }

    @Test
    void aPadFaultTheHubReportsStopsThePadAndAnUnknownPadIsRefused() {
        assertThat(hub.applyHubEvent(new HubEventReport(NOW, DlmEventType.NODE_FAULT, null, "pad-1")))
                .contains(DlmTrigger.NODE_FAULT);
        assertThat(hub.snapshot(NOW).pads()).singleElement()
                .satisfies(pad -> assertThat(pad.status()).isEqualTo(PadStatus.FAULT));

        assertThatThrownBy(() -> hub.applyHubEvent(
                new HubEventReport(NOW.plusSeconds(1), DlmEventType.NODE_RECOVERED, null, "pad-9")))
                .isInstanceOfSatisfying(CommandRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.UNKNOWN_NODE));
    }

    private static HubPad pad(String padId, String circuitId, PadStatus status) {
        return new HubPad("hub-1", padId, 11, 0.9, status, circuitId);
    }

    private static ChargingRequestReport request(Instant at, Instant departureAt, boolean cancel) {
        return new ChargingRequestReport("r-1", "ev-1", null, departureAt, cancel ? null : 80.0, null, null, cancel, at);
    }
}
