package org.wptdlm.domain.rejected;

import static org.wptdlm.domain.Invariants.requirePresent;
import static org.wptdlm.domain.Invariants.requireText;

import java.time.Instant;

/**
 * An MQTT message the service refused (malformed JSON, unknown hub, SoC out of range, …), kept so an
 * operator can see what was refused and why.
 *
 * @param id given by the store; null before it is saved
 * @param payloadExcerpt the start of the payload (see {@link #excerpt(String)}), enough to recognise it
 */
public record RejectedMessage(Long id, String topic, String payloadExcerpt, String reason, Instant receivedAt) {

    public static final int TOPIC_MAX_LENGTH = 500;
    public static final int EXCERPT_MAX_LENGTH = 1000;
    public static final int REASON_MAX_LENGTH = 1000;

    public RejectedMessage {
        // Cut rather than refuse: a rejection must be recorded even for an absurdly long topic or reason.
        topic = cut(requirePresent(topic, "topic"), TOPIC_MAX_LENGTH);
        payloadExcerpt = excerpt(requirePresent(payloadExcerpt, "payloadExcerpt"));
        reason = cut(requireText(reason, "reason", Integer.MAX_VALUE), REASON_MAX_LENGTH);
        requirePresent(receivedAt, "receivedAt");
    }

    /** The first {@value #EXCERPT_MAX_LENGTH} characters of a payload: oversized payloads must not fill the database. */
    public static String excerpt(String payload) {
        return cut(payload, EXCERPT_MAX_LENGTH);
    }

    private static String cut(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }
}
