package org.wptdlm.db.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wptdlm.db.TestData.NOON;
import static org.wptdlm.db.TestData.hub;
import static org.wptdlm.db.TestData.request;
import static org.wptdlm.db.TestData.vehicle;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.request.EndedStay;
import org.wptdlm.domain.vehicle.PriorityClass;

class ChargingRequestRepositoryTest extends RepositoryTest {

    @Autowired
    HubRepository hubs;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    ChargingRequestRepository requests;

    @BeforeEach
    void hubsAndVehicles() {
        hubs.insert(hub("hub-001"));
        hubs.insert(hub("hub-002"));
        vehicles.insert(vehicle("ev-1"));
        vehicles.insert(vehicle("ev-2"));
    }

    @Test
    void requestIsReadBackUnchanged() {
        ChargingRequest energyOnly = new ChargingRequest("req-1", "hub-001", "ev-1", null, NOON,
                NOON.plusSeconds(3600), null, 12.5, PriorityClass.EMERGENCY, ChargingRequestStatus.PENDING, NOON);

        requests.insert(energyOnly);

        assertThat(requests.findById("req-1")).contains(energyOnly);
    }

    @Test
    void requestOfAnUnknownVehicleIsRefused() {
        assertThatThrownBy(() -> requests.insert(request("req-1", "hub-001", "ev-404")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void listingFiltersByHubVehicleAndStatus() {
        requests.insert(request("req-1", "hub-001", "ev-1"));
        requests.insert(request("req-2", "hub-001", "ev-2"));
        requests.insert(request("req-3", "hub-002", "ev-1"));
        requests.updateStatus("req-2", ChargingRequestStatus.ACTIVE);

        var page = new PageQuery(0, 10);
        assertThat(requests.findAll(new ChargingRequestFilter("hub-001", null, null), page).totalItems()).isEqualTo(2);
        assertThat(requests.findAll(new ChargingRequestFilter(null, "ev-1", null), page).items())
                .extracting(ChargingRequest::id).containsExactlyInAnyOrder("req-1", "req-3");
        assertThat(requests.findAll(new ChargingRequestFilter("hub-001", null, ChargingRequestStatus.ACTIVE), page)
                .items()).extracting(ChargingRequest::id).containsExactly("req-2");
    }

    @Test
    void openRequestsArePendingOrActiveUntilTheyExpire() {
        requests.insert(request("req-1", "hub-001", "ev-1"));
        requests.insert(request("req-2", "hub-001", "ev-2"));
        requests.updateStatus("req-2", ChargingRequestStatus.COMPLETED);

        assertThat(requests.findOpenByHub("hub-001")).extracting(ChargingRequest::id).containsExactly("req-1");
        assertThat(requests.expireDepartedBefore(NOON.plusSeconds(5 * 3600))).isEqualTo(1);
        assertThat(requests.findOpenByHub("hub-001")).isEmpty();
    }

    @Test
    void updateKeepsTheCreationTime() {
        ChargingRequest original = request("req-1", "hub-001", "ev-1");
        requests.insert(original);
        ChargingRequest later = new ChargingRequest("req-1", "hub-001", "ev-1", null, NOON, NOON.plusSeconds(7200),
                90.0, null, null, ChargingRequestStatus.ACTIVE, NOON.plusSeconds(999));

        assertThat(requests.update(later)).isTrue();

        assertThat(requests.findById("req-1")).hasValueSatisfying(stored -> {
            assertThat(stored.targetSocPercent()).isEqualTo(90.0);
            assertThat(stored.createdAt()).isEqualTo(original.createdAt());
        });
    }

    @Test
    void latestCompletedStaysOfEveryHubAreReadBackInTheOrderTheyEnded() {
        for (int i = 1; i <= 3; i++) {
            requests.insert(request("req-" + i, "hub-001", "ev-1"));
            requests.complete("req-" + i, NOON.plusSeconds(600L * i));
        }
        requests.insert(request("req-open", "hub-001", "ev-2"));
        requests.insert(request("req-other-hub", "hub-002", "ev-2"));
        requests.complete("req-other-hub", NOON);

        List<EndedStay> stays = requests.findLatestEndedStays(2);

        ChargingRequest second = requests.findById("req-2").orElseThrow();
        assertThat(second.status()).isEqualTo(ChargingRequestStatus.COMPLETED);
        assertThat(stays).containsExactly(
                new EndedStay("hub-002", "ev-2", second.arrivalAt(), second.departureAt(), NOON),
                new EndedStay("hub-001", "ev-1", second.arrivalAt(), second.departureAt(), NOON.plusSeconds(1200)),
                new EndedStay("hub-001", "ev-1", second.arrivalAt(), second.departureAt(), NOON.plusSeconds(1800)));
    }
}
