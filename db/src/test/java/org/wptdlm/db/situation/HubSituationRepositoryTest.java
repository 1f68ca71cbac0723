package org.wptdlm.db.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wptdlm.db.TestData.NOON;
import static org.wptdlm.db.TestData.hub;
import static org.wptdlm.db.TestData.pad;
import static org.wptdlm.db.TestData.request;
import static org.wptdlm.db.TestData.vehicle;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.telemetry.PadTelemetryRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.plan.StoredPlan;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.situation.HubSituation;
import org.wptdlm.domain.situation.OpenRequest;
import org.wptdlm.domain.situation.PadSituation;
import org.wptdlm.domain.telemetry.PadTelemetry;

class HubSituationRepositoryTest extends RepositoryTest {

    private static final Instant FRESH_SINCE = NOON.minusSeconds(120);

    @Autowired
    HubSituationRepository situations;

    @Autowired
    HubRepository hubs;

    @Autowired
    PadRepository pads;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    ChargingRequestRepository requests;

    @Autowired
    PadTelemetryRepository readings;

    @Autowired
    PlanRepository plans;

    @Test
    void padsComeInIdOrderWithTheirLatestFreshReadingAndTheVehicleItNames() {
        hubs.insert(hub("hub-001"));
        pads.insert(pad("hub-001", "pad-2"));
        pads.insert(pad("hub-001", "pad-1"));
        pads.insert(pad("hub-001", "pad-3"));
        vehicles.insert(vehicle("ev-1"));
        PadTelemetry latest = reading("pad-1", NOON, 2, "ev-1");
        readings.insertAll(List.of(reading("pad-1", NOON.minusSeconds(10), 1, "ev-1"), latest,
                reading("pad-2", FRESH_SINCE.minusSeconds(1), 1, "ev-1"), reading("pad-3", NOON, 1, "ev-unknown")));

        HubSituation situation = situations.findById("hub-001", FRESH_SINCE).orElseThrow();

        assertThat(situation.pads()).containsExactly(
                new PadSituation(pad("hub-001", "pad-1"), latest, vehicle("ev-1")),
                new PadSituation(pad("hub-001", "pad-2"), null, null),
                new PadSituation(pad("hub-001", "pad-3"), reading("pad-3", NOON, 1, "ev-unknown"), null));
    }

    @Test
    void onlyOpenRequestsComeInArrivalOrderWithTheirVehicles() {
        hubs.insert(hub("hub-001"));
        pads.insert(pad("hub-001", "pad-1"));
        vehicles.insert(vehicle("ev-1"));
        vehicles.insert(vehicle("ev-2"));
        vehicles.insert(vehicle("ev-3"));
        ChargingRequest later = arriving(request("req-a", "hub-001", "ev-1"), NOON.plusSeconds(60), ChargingRequestStatus.PENDING);
        ChargingRequest earlier = arriving(request("req-b", "hub-001", "ev-2"), NOON, ChargingRequestStatus.ACTIVE);
        requests.insert(later);
        requests.insert(earlier);
        requests.insert(arriving(request("req-c", "hub-001", "ev-3"), NOON, ChargingRequestStatus.COMPLETED));

        HubSituation situation = situations.findById("hub-001", FRESH_SINCE).orElseThrow();

        assertThat(situation.openRequests()).containsExactly(
                new OpenRequest(earlier, vehicle("ev-2")), new OpenRequest(later, vehicle("ev-1")));
        assertThat(situation.pads()).extracting(pad -> pad.pad().id()).containsExactly("pad-1");
    }

    @Test
    void aPageHoldsWholeHubsByIdWhateverTheirRows() {
        hubs.insert(hub("hub-003"));
        hubs.insert(hub("hub-001"));
        hubs.insert(hub("hub-002"));
        pads.insert(pad("hub-001", "pad-1"));
        pads.insert(pad("hub-001", "pad-2"));
        vehicles.insert(vehicle("ev-1"));
        requests.insert(request("req-1", "hub-002", "ev-1"));

        List<HubSituation> first = situations.findAll(FRESH_SINCE, new PageQuery(0, 2));
        List<HubSituation> second = situations.findAll(FRESH_SINCE, new PageQuery(1, 2));

        assertThat(first).extracting(situation -> situation.hub()).containsExactly(hub("hub-001"), hub("hub-002"));
        assertThat(first.get(0).pads()).hasSize(2);
        assertThat(first.get(0).openRequests()).isEmpty();
        assertThat(first.get(1).pads()).isEmpty();
        assertThat(first.get(1).openRequests()).extracting(open -> open.request().id()).containsExactly("req-1");
        assertThat(second).singleElement().satisfies(situation -> {
            assertThat(situation.hub()).isEqualTo(hub("hub-003"));
            assertThat(situation.pads()).isEmpty();
            assertThat(situation.openRequests()).isEmpty();
        });
    }

    @Test
    void lastPlanAtIsTheLatestPlansTimeOrNull() {
        hubs.insert(hub("hub-001"));
        hubs.insert(hub("hub-002"));
        plans.save(new StoredPlan(null, "hub-001", NOON, NOON, 15, 3, "greedy", "{}", List.of()));
        plans.save(new StoredPlan(null, "hub-001", NOON.plusSeconds(60), NOON, 15, 3, "timefold", "{}", List.of()));

        assertThat(situations.findAll(FRESH_SINCE, new PageQuery(0, 10)))
                .extracting(HubSituation::lastPlanAt)
                .containsExactly(NOON.plusSeconds(60), null);
    }

    @Test
    void anUnknownHubHasNoSituation() {
        hubs.insert(hub("hub-001"));

        assertThat(situations.findById("hub-404", FRESH_SINCE)).isEmpty();
    }

    private static PadTelemetry reading(String padId, Instant measuredAt, long sequence, String vehicleId) {
        return new PadTelemetry("hub-001", padId, measuredAt, sequence, 7.5, 1.25, 97.0, true, vehicleId, measuredAt);
    }

    private static ChargingRequest arriving(ChargingRequest request, Instant arrivalAt, ChargingRequestStatus status) {
        return new ChargingRequest(request.id(), request.hubId(), request.vehicleId(), request.padId(), arrivalAt,
                request.departureAt(), request.targetSocPercent(), request.requestedEnergyKwh(), request.priorityClass(),
                status, request.createdAt());
    }
}
