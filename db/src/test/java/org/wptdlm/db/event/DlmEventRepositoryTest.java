package org.wptdlm.db.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wptdlm.db.TestData.NOON;
import static org.wptdlm.db.TestData.hub;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.event.NewDlmEvent;

class DlmEventRepositoryTest extends RepositoryTest {

    @Autowired
    HubRepository hubs;

    @Autowired
    DlmEventRepository events;

    @BeforeEach
    void twoHubs() {
        hubs.insert(hub("hub-001"));
        hubs.insert(hub("hub-002"));
    }

    @Test
    void eachHubNumbersItsEventsFromOne() {
        DlmEvent first = events.append(allocation("hub-001", 0));
        DlmEvent second = events.append(allocation("hub-001", 60));
        DlmEvent otherHub = events.append(allocation("hub-002", 60));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(otherHub.sequence()).isEqualTo(1);
    }

    @Test
    void appendedEventIsReadBackWithItsPayload() {
        DlmEvent appended = events.append(allocation("hub-001", 0));

        assertThat(events.findById("hub-001", appended.id())).hasValueSatisfying(stored -> {
            assertThat(stored.type()).isEqualTo(DlmEventType.ALLOCATION);
            assertThat(stored.trigger()).isEqualTo(DlmTrigger.VEHICLE_ARRIVAL);
            assertThat(stored.payloadJson()).contains("\"pad-1\"").contains("7.4");
            assertThat(stored.publishedAt()).isNull();
        });
        assertThat(events.findById("hub-002", appended.id())).isEmpty();
    }

    @Test
    void aHubEventRedeliveredUnderTheSameKeyIsRecordedOnce() {
        NewDlmEvent fault = new NewDlmEvent("hub-001", DlmEventSource.HUB, DlmEventType.NODE_FAULT,
                DlmTrigger.NODE_FAULT, null, "{\"nodeId\": \"pad-1\"}", NOON);
        String key = "NODE_FAULT@" + NOON + "/pad-1";

        assertThat(events.appendNumberedOnce(fault, 1, key)).isPresent();
        assertThat(events.appendNumberedOnce(fault, 2, key)).as("the redelivery").isEmpty();
        assertThat(events.appendNumberedOnce(fault, 2, key.replace("pad-1", "pad-2"))).isPresent();

        assertThat(events.findByHub("hub-001", DlmEventFilter.ALL, new PageQuery(0, 10)).items())
                .extracting(DlmEvent::sequence).containsExactly(2L, 1L);
        assertThat(events.lastSequence("hub-001")).isEqualTo(2);
        assertThat(events.appendNumberedOnce(
                new NewDlmEvent("hub-002", DlmEventSource.HUB, DlmEventType.NODE_FAULT, DlmTrigger.NODE_FAULT, null,
                        "{\"nodeId\": \"pad-1\"}", NOON), 1, key))
                .as("the same key at another hub").isPresent();
        assertThat(events.lastHubEventAt("hub-001")).contains(NOON);
        assertThat(events.lastHubEventAt("hub-002")).contains(NOON);
    }

    @Test
    void aHubWithoutEventsOfItsOwnHasNoLastHubEvent() {
        events.append(allocation("hub-001", 0));

        assertThat(events.lastHubEventAt("hub-001")).isEmpty();
    }

    @Test
    void eventOfAnUnknownHubIsRefused() {
        assertThatThrownBy(() -> events.append(allocation("hub-404", 0)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void listingIsNewestFirstAndFiltersByTimeAndType() {
        events.append(allocation("hub-001", 0));
        events.append(allocation("hub-001", 60));
        events.append(new NewDlmEvent("hub-001", DlmEventSource.HUB, DlmEventType.NODE_FAULT, null, null,
                "{\"nodeId\": \"pad-1\"}", NOON.plusSeconds(120)));

        var all = events.findByHub("hub-001", DlmEventFilter.ALL, new PageQuery(0, 10));
        var laterAllocations = events.findByHub("hub-001",
                new DlmEventFilter(DlmEventType.ALLOCATION, new TimeRange(NOON.plusSeconds(30), null)),
                new PageQuery(0, 10));

        assertThat(all.items()).extracting(DlmEvent::sequence).containsExactly(3L, 2L, 1L);
        assertThat(laterAllocations.items()).extracting(DlmEvent::sequence).containsExactly(2L);
    }

    @Test
    void latestAllocationIsFoundAndMarkedPublished() {
        events.append(allocation("hub-001", 0));
        DlmEvent latest = events.append(allocation("hub-001", 60));

        assertThat(events.markPublished(latest.id(), NOON.plusSeconds(61))).isTrue();

        assertThat(events.findLatest("hub-001", DlmEventType.ALLOCATION)).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(latest.id());
            assertThat(found.publishedAt()).isEqualTo(NOON.plusSeconds(61));
        });
        assertThat(events.findLatest("hub-002", DlmEventType.ALLOCATION)).isEmpty();
    }

    private static NewDlmEvent allocation(String hubId, int second) {
        return new NewDlmEvent(hubId, DlmEventSource.SERVICE, DlmEventType.ALLOCATION, DlmTrigger.VEHICLE_ARRIVAL,
                null, "{\"allocations\": [{\"nodeId\": \"pad-1\", \"limitKw\": 7.4}]}", NOON.plusSeconds(second));
    }
}
