package org.wptdlm.ingest.mqtt;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wptdlm.ingest.flow.PendingAcknowledgement;
import org.wptdlm.ingest.payload.HubEventMessage;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.payload.PayloadRejectedException;
import org.wptdlm.ingest.rejection.RejectionReason;
import org.wptdlm.ingest.rejection.RejectionRecorder;

/**
 * What the MQTT callback calls for each message: route, parse, validate, hand off to the
 * {@link IngestQueue}, or reject. Never throws and never waits. A message is acknowledged once
 * what it caused is durable ({@link PendingAcknowledgement}): an accepted one once the ingest
 * worker applied it and its writes are stored, a refused one once its rejected_messages row is
 * stored, an ignored one at once.
 */
@Component
public class MessageIntake {

    private static final Logger log = LoggerFactory.getLogger(MessageIntake.class);

    private final PayloadParser parser;
    private final IngestQueue queue;
    private final RejectionRecorder rejections;
    private final Clock clock;
    private final Map<TopicKind, Counter> accepted = new EnumMap<>(TopicKind.class);
    private final Counter ownEvents;
    private final ObjectMapper allocationMapper = PayloadParser.mapper();
    private volatile Instant lastInputAt;
    private final ApplicationEventPublisher events;

    public MessageIntake(PayloadParser parser, IngestQueue queue, RejectionRecorder rejections, Clock clock,
            MeterRegistry meters, ApplicationEventPublisher events) {
        this.parser = parser;
        this.events = events;
        this.queue = queue;
        this.rejections = rejections;
        this.clock = clock;
        for (TopicKind kind : TopicKind.values()) {
            accepted.put(kind, Counter.builder("dlm.mqtt.accepted")
                    .description("MQTT messages accepted for ingest, by topic kind")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .register(meters));
        }
        this.ownEvents = Counter.builder("dlm.mqtt.own.events")
                .description("The service's own DLM events seen again through its subscription")
                .register(meters);
    }

    public void accept(String topicName, byte[] payload, Runnable acknowledgement) {
        PendingAcknowledgement.around(acknowledgement, () -> handOver(topicName, payload));
    }

    /**
     * When the last input arrived (a message on a hub's or vehicle's topic, valid or not), or null
     * before the first. The service's own messages seen again through its subscriptions (allocations,
     * its DLM events, request notices of other instances) are not input: counting them hid a silent
     * fleet while the service kept re-planning.
     */
    public Instant lastInputAt() {
        return lastInputAt;
    }

    /** A (retained) allocation on the broker: numbering must continue after its sequence. */
    private void allocationSeen(String hubId, byte[] payload) {
        if (payload.length == 0) {
            return;
        }
        try {
            long sequence = allocationMapper.readTree(payload).path("sequence").asLong(0);
            if (sequence > 0) {
                events.publishEvent(new AllocationSeen(hubId, sequence));
            }
        } catch (IOException e) {
            log.warn("Allocation on the broker for hub {} is not JSON; ignored: {}", hubId, e.getMessage());
        }
    }

    /** Queues, refuses or ignores the message, holding its acknowledgement for what it hands on. */
    private void handOver(String topicName, byte[] payload) {
        Instant receivedAt = clock.instant();
        try {
            Optional<String> allocationOf = Topic.allocationHubId(topicName);
            if (allocationOf.isPresent()) {
                allocationSeen(allocationOf.get(), payload);
                return;
            }
            Optional<String> requestNoticeOf = Topic.requestNoticeHubId(topicName);
            if (requestNoticeOf.isPresent()) {
                events.publishEvent(new RequestNotice(requestNoticeOf.get(), new String(payload, StandardCharsets.UTF_8)));
                return;
            }
            Optional<Topic> topic = Topic.parse(topicName);
            if (topic.isEmpty()) {
                rejections.reject(
                        topicName, RejectionReason.UNKNOWN_TOPIC, "not a topic the service handles", payload, receivedAt);
                return;
            }
            if (topic.get().kind() != TopicKind.DLM_EVENT) {
                lastInputAt = receivedAt;
            }
            if (payload.length == 0 && topic.get().kind().retained()) {
                // An empty retained message is how MQTT deletes a retained one: nothing to ingest.
                return;
            }
            Object record = parser.parse(topic.get(), payload);
            if (record instanceof HubEventMessage event) {
                if (event.fromService()) {
                    ownEvents.increment();
                    return;
                }
                lastInputAt = receivedAt;
            }
            Runnable processed = PendingAcknowledgement.hold();
            if (queue.offer(new Inbound(topic.get(), record, payload, receivedAt, processed))) {
                accepted.get(topic.get().kind()).increment();
                return;
            }
            processed.run();
            rejections.reject(topicName, RejectionReason.OVERLOADED, "ingest queue full", payload, receivedAt);
        } catch (PayloadRejectedException e) {
            rejections.reject(topicName, e.reason(), e.getMessage(), payload, receivedAt);
        } catch (RuntimeException e) {
            // A bug here must not reach the client's callback thread: no message may stop intake.
            log.error("Unexpected failure handling a message on {}", topicName, e);
            rejections.reject(topicName, RejectionReason.INVALID_FIELD, e.toString(), payload, receivedAt);
        }
    }
}
