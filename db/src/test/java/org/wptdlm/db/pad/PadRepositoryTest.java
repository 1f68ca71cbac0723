package org.wptdlm.db.pad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wptdlm.db.TestData.hub;
import static org.wptdlm.db.TestData.pad;
import static org.wptdlm.db.TestData.request;
import static org.wptdlm.db.TestData.vehicle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequest;

class PadRepositoryTest extends RepositoryTest {

    @Autowired
    HubRepository hubs;

    @Autowired
    PadRepository pads;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    ChargingRequestRepository requests;

    @BeforeEach
    void twoHubs() {
        hubs.insert(hub("hub-001"));
        hubs.insert(hub("hub-002"));
    }

    @Test
    void padIdsAreScopedToTheirHub() {
        pads.insert(pad("hub-001", "pad-1"));
        pads.insert(pad("hub-002", "pad-1"));

        assertThat(pads.countByHub("hub-001")).isEqualTo(1);
        assertThat(pads.findAllByHub("hub-002")).extracting(HubPad::hubId).containsExactly("hub-002");
        assertThatThrownBy(() -> pads.insert(pad("hub-001", "pad-1"))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void padOfAnUnknownHubIsRefused() {
        assertThatThrownBy(() -> pads.insert(pad("hub-404", "pad-1")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void listingFiltersByStatusAndPages() {
        pads.insert(pad("hub-001", "pad-1"));
        pads.insert(pad("hub-001", "pad-2"));
        pads.insert(pad("hub-001", "pad-3"));
        pads.updateStatus("hub-001", "pad-2", PadStatus.FAULT);

        var available = pads.findByHub("hub-001", PadStatus.AVAILABLE, new PageQuery(1, 1));
        var faulty = pads.findByHub("hub-001", PadStatus.FAULT, new PageQuery(0, 10));

        assertThat(available.items()).extracting(HubPad::id).containsExactly("pad-3");
        assertThat(available.totalItems()).isEqualTo(2);
        assertThat(faulty.items()).extracting(HubPad::id).containsExactly("pad-2");
    }

    @Test
    void updateAndUpsertReplaceTheDescription() {
        pads.insert(pad("hub-001", "pad-1"));
        HubPad faster = new HubPad("hub-001", "pad-1", 22.0, 0.93, PadStatus.CHARGING, null);
        HubPad slower = new HubPad("hub-001", "pad-1", 3.7, 0.88, PadStatus.OFFLINE, null);

        assertThat(pads.update(faster)).isTrue();
        assertThat(pads.findById("hub-001", "pad-1")).contains(faster);
        pads.upsert(slower);
        assertThat(pads.findById("hub-001", "pad-1")).contains(slower);
        assertThat(pads.update(pad("hub-001", "pad-9"))).isFalse();
    }

    @Test
    void deletingAPadKeepsTheRequestsThatNamedIt() {
        pads.insert(pad("hub-001", "pad-1"));
        vehicles.insert(vehicle("ev-1"));
        ChargingRequest parked = request("req-1", "hub-001", "ev-1");
        requests.insert(new ChargingRequest(parked.id(), parked.hubId(), parked.vehicleId(), "pad-1",
                parked.arrivalAt(), parked.departureAt(), parked.targetSocPercent(), null, null, parked.status(),
                parked.createdAt()));

        assertThat(pads.delete("hub-001", "pad-1")).isTrue();

        assertThat(pads.findById("hub-001", "pad-1")).isEmpty();
        assertThat(requests.findById("req-1")).hasValueSatisfying(request -> assertThat(request.padId()).isNull());
    }
}
