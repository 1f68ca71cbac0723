package org.wptdlm.db.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wptdlm.db.TestData.hub;
import static org.wptdlm.db.TestData.pad;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubCircuit;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;

class HubRepositoryTest extends RepositoryTest {

    @Autowired
    HubRepository hubs;

    @Autowired
    CircuitRepository circuits;

    @Autowired
    PadRepository pads;

    @Test
    void insertedHubIsReadBackUnchanged() {
        Hub hub = hub("hub-001");

        hubs.insert(hub);

        assertThat(hubs.findById("hub-001")).contains(hub);
        assertThat(hubs.exists("hub-001")).isTrue();
        assertThat(hubs.findById("hub-999")).isEmpty();
    }

    @Test
    void secondInsertOfAnIdIsADuplicate() {
        hubs.insert(hub("hub-001"));

        assertThatThrownBy(() -> hubs.insert(hub("hub-001"))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void updateReplacesTheDescriptionAndReportsUnknownHubs() {
        hubs.insert(hub("hub-001"));
        Hub changed = new Hub("hub-001", "Depot", null, 48.1, 11.6, 80.0, HubStatus.MAINTENANCE);

        assertThat(hubs.update(changed)).isTrue();
        assertThat(hubs.update(hub("hub-404"))).isFalse();
        assertThat(hubs.findById("hub-001")).contains(changed);
    }

    @Test
    void upsertInsertsThenReplaces() {
        hubs.upsert(hub("hub-001"));
        Hub changed = new Hub("hub-001", "Renamed", null, 52.0, 13.0, 99.0, HubStatus.OFFLINE);

        hubs.upsert(changed);

        assertThat(hubs.findById("hub-001")).contains(changed);
    }

    @Test
    void listingFiltersByStatusAndNameAndPages() {
        hubs.insert(hub("hub-001"));
        hubs.insert(hub("hub-002"));
        hubs.insert(new Hub("hub-003", "Harbour depot", null, 53.5, 10.0, 400.0, HubStatus.OFFLINE));

        var online = hubs.findAll(new HubFilter(HubStatus.ONLINE, null), new PageQuery(0, 1));
        var depots = hubs.findAll(new HubFilter(null, "DEPOT"), new PageQuery(0, 10));

        assertThat(online.items()).extracting(Hub::id).containsExactly("hub-001");
        assertThat(online.totalItems()).isEqualTo(2);
        assertThat(online.totalPages()).isEqualTo(2);
        assertThat(depots.items()).extracting(Hub::id).containsExactly("hub-003");
    }

    @Test
    void hubWithPadsIsNotDeleted() {
        hubs.insert(hub("hub-001"));
        pads.insert(pad("hub-001", "pad-1"));

        assertThatThrownBy(() -> hubs.delete("hub-001")).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void hubWithoutPadsIsDeletedWithItsCircuits() {
        hubs.insert(hub("hub-001"));
        circuits.upsert(new HubCircuit("hub-001", "feeder-a", 44.0));

        assertThat(hubs.delete("hub-001")).isTrue();
        assertThat(hubs.delete("hub-001")).isFalse();
        assertThat(circuits.findByHub("hub-001")).isEmpty();
    }

    @Test
    void padsReferToCircuitsOfTheirHub() {
        hubs.insert(hub("hub-001"));
        circuits.upsert(new HubCircuit("hub-001", "feeder-a", 44.0));
        circuits.upsert(new HubCircuit("hub-001", "feeder-a", 50.0));
        HubPad wired = new HubPad("hub-001", "pad-1", 22.0, 0.93, PadStatus.AVAILABLE, "feeder-a");

        pads.insert(wired);

        assertThat(circuits.findByHub("hub-001")).containsExactly(new HubCircuit("hub-001", "feeder-a", 50.0));
        assertThat(pads.findById("hub-001", "pad-1")).contains(wired);
        assertThatThrownBy(() -> pads.insert(new HubPad("hub-001", "pad-2", 22.0, 0.93, PadStatus.AVAILABLE, "nowhere")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
