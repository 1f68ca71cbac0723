package org.wptdlm.db.rejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wptdlm.db.TestData.NOON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.rejected.RejectedMessage;

class RejectedMessageRepositoryTest extends RepositoryTest {

    @Autowired
    RejectedMessageRepository rejected;

    @Test
    void oversizedPayloadIsStoredAsAnExcerptAndListedNewestFirst() {
        String huge = "{\"soc\": " + "9".repeat(100_000) + "}";
        long first = rejected.insert(new RejectedMessage(null, "iot/vehicles/ev-1/telemetry", huge,
                "payload larger than 64 KiB", NOON));
        long second = rejected.insert(new RejectedMessage(null, "iot/hubs/hub-404/status", "{}",
                "unknown hub hub-404", NOON.plusSeconds(5)));

        var page = rejected.findAll(TimeRange.ALL, new PageQuery(0, 10));

        assertThat(page.items()).extracting(RejectedMessage::id).containsExactly(second, first);
        assertThat(page.items().get(1).payloadExcerpt()).hasSize(RejectedMessage.EXCERPT_MAX_LENGTH);
        assertThat(rejected.findAll(new TimeRange(NOON.plusSeconds(1), null), new PageQuery(0, 10)).items())
                .extracting(RejectedMessage::reason)
                .containsExactly("unknown hub hub-404");
    }

    @Test
    void aBatchIsStoredAndFoundByTopicAndReasonPrefix() {
        int stored = rejected.insertAll(List.of(
                new RejectedMessage(null, "iot/hubs/hub-1/status", "{", "malformed-json: unexpected end", NOON),
                new RejectedMessage(null, "iot/hubs/hub-2/status", "{}", "unknown-hub: hub hub-2", NOON),
                new RejectedMessage(null, "iot/vehicles/ev_1/telemetry", "{}", "unknown-vehicle: ev_1", NOON)));

        assertThat(stored).isEqualTo(3);
        assertThat(rejected.findAll(TimeRange.ALL, "iot/hubs/", null, new PageQuery(0, 10)).items()).hasSize(2);
        assertThat(rejected.findAll(TimeRange.ALL, null, "unknown-", new PageQuery(0, 10)).items()).hasSize(2);
        assertThat(rejected.findAll(TimeRange.ALL, "iot/hubs/", "unknown-", new PageQuery(0, 10)).items())
                .extracting(RejectedMessage::topic)
                .containsExactly("iot/hubs/hub-2/status");
        assertThat(rejected.findAll(TimeRange.ALL, "iot/vehicles/ev%", null, new PageQuery(0, 10)).items()).isEmpty();
    }
}
