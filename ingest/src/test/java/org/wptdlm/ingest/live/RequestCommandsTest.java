package org.wptdlm.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.vehicle.PriorityClass;

/** REST requests as commands to the live model: held as stored, and never written back. */
class RequestCommandsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant ARRIVED = NOW.minusSeconds(2 * 3600);

    private final LiveModel model = new LiveModel();
    private final RecordingEntityStore store = new RecordingEntityStore();
    private final List<DlmTrigger> replans = new ArrayList<>();
    private final RequestCommands commands = new RequestCommands(model, store, (hubId, trigger) -> replans.add(trigger),
            (hubId, requestId) -> { });

    RequestCommandsTest() {
        model.restoreHub("hub-1", 22, HubStatus.ONLINE);
        model.restorePad("hub-1", "pad-1", 11, 0.9, null, PadStatus.OCCUPIED);
        model.restoreVehicle("ev-1", 60, 11, PriorityClass.NORMAL, 30.0);
    }

    @Test
    void aStoredRequestIsPlannedWithItsOwnArrivalTime() {
        assertThat(commands.stored(request(ChargingRequestStatus.ACTIVE))).isTrue();

        assertThat(model.hub("hub-1").orElseThrow().snapshot(NOW).requests())
                .singleElement()
                .satisfies(held -> assertThat(held.arrivalAt()).isEqualTo(ARRIVED));
        assertThat(replans).containsExactly(DlmTrigger.CHARGING_REQUEST);
        assertThat(store.writes()).isEmpty();
    }

    @Test
    void aRequestPutAsCompletedLeavesThePlanAndIsNotWrittenAgain() {
        commands.stored(request(ChargingRequestStatus.ACTIVE));

        assertThat(commands.stored(request(ChargingRequestStatus.COMPLETED))).isTrue();

        assertThat(model.hub("hub-1").orElseThrow().snapshot(NOW).requests()).isEmpty();
        assertThat(store.writes()).as("no CANCELLED written over the stored COMPLETED").isEmpty();
    }

    private static ChargingRequest request(ChargingRequestStatus status) {
        return new ChargingRequest("r-1", "hub-1", "ev-1", "pad-1", ARRIVED, NOW.plusSeconds(3 * 3600), 80.0, null,
                null, status, ARRIVED);
    }
}
