package org.wptdlm.ingest.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.ingest.mqtt.MqttConnection;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.payload.PayloadParser;

/**
 * Records and publishes an allocation: the plan and the event go to the audit trail first (which
 * numbers the event), then the event goes out on the hub's DLM event topic and, retained, on its
 * allocation topic. When the database is unreachable the allocation is still published — safety
 * does not wait for the audit — numbered after the last sequence this instance saw.
 */
@Component
public class AllocationPublisher {

    private static final Logger log = LoggerFactory.getLogger(AllocationPublisher.class);

    private final MqttConnection mqtt;
    private final PlanAudit audit;
    private final Clock clock;
    private final ObjectMapper mapper = PayloadParser.mapper();
    private final Map<String, AtomicLong> lastSequenceByHub = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter unaudited;
    private final Counter failed;
    private final ObjectProvider<PublishedPlanListener> listeners;

    public AllocationPublisher(MqttConnection mqtt, PlanAudit audit, Clock clock, MeterRegistry meters,
            ObjectProvider<PublishedPlanListener> listeners) {
        this.mqtt = mqtt;
        this.listeners = listeners;
        this.audit = audit;
        this.clock = clock;
        this.published = Counter.builder("dlm.allocations.published").register(meters);
        this.unaudited = Counter.builder("dlm.allocations.unaudited")
                .description("Allocations published without being stored (database unreachable)")
                .register(meters);
        this.failed = Counter.builder("dlm.allocations.failed")
                .description("Allocations that could not be handed to the MQTT client")
                .register(meters);
    }

    /** Answers the event as published, with its plan id and sequence. */
    public AllocationEvent publish(AllocationEvent event, PlanningProblem problem, Plan plan, DlmTrigger trigger) {
        String hubId = event.hubId();
        AtomicLong lastSequence = lastSequenceByHub.computeIfAbsent(hubId, id -> new AtomicLong());
        AllocationEvent numbered;
        Long eventId = null;
        try {
            long planId = audit.savePlan(hubId, problem, plan, event.ts());
            AllocationEvent withPlan = event.withIds(planId, null);
            PlanAudit.RecordedEvent recorded = audit.recordAllocation(hubId, trigger, planId, json(withPlan), event.ts());
            lastSequence.accumulateAndGet(recorded.sequence(), Math::max);
            eventId = recorded.eventId();
            numbered = event.withIds(planId, recorded.sequence());
        } catch (RuntimeException e) {
            unaudited.increment();
            log.warn("Allocation for hub {} could not be stored ({}); publishing it unaudited", hubId, e.toString());
            numbered = event.withIds(null, lastSequence.incrementAndGet());
        }
        byte[] payload = json(numbered).getBytes(StandardCharsets.UTF_8);
        Long sequence = numbered.sequence();
        Long recordedEventId = eventId;
        mqtt.publish(Topic.dlmEvents(hubId), payload, false);
        mqtt.publish(Topic.dlmAllocation(hubId), payload, true).whenComplete((ack, failure) -> {
            if (failure != null) {
                failed.increment();
                log.warn("Allocation #{} for hub {} not published: {}", sequence, hubId, failure.toString());
            } else if (recordedEventId != null) {
                markPublished(recordedEventId);
            }
        });
        published.increment();
        listeners.orderedStream().forEach(listener -> listener.published(hubId, problem, plan, clock.instant()));
        log.debug("Published allocation #{} for hub {} ({}, {})", sequence, hubId, trigger, numbered.strategy());
        return numbered;
    }

    private void markPublished(long eventId) {
        try {
            audit.markPublished(eventId, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Marking DLM event {} published failed: {}", eventId, e.toString());
        }
    }

    private String json(AllocationEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Allocation of hub " + event.hubId() + " cannot be written as JSON", e);
        }
    }
}
