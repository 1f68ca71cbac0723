package org.wptdlm.domain.rejected;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RejectedMessageTest {

    @Test
    void oversizedTopicPayloadAndReasonAreCutNotRefused() {
        var message = new RejectedMessage(null, "iot/" + "x".repeat(10_000), "{" + "a".repeat(50_000),
                "r".repeat(5_000), Instant.EPOCH);

        assertThat(message.topic()).hasSize(RejectedMessage.TOPIC_MAX_LENGTH);
        assertThat(message.payloadExcerpt()).hasSize(RejectedMessage.EXCERPT_MAX_LENGTH);
        assertThat(message.reason()).hasSize(RejectedMessage.REASON_MAX_LENGTH);
    }
}
