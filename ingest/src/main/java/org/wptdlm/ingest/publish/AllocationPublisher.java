package org.wptdlm.ingest.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.ingest.cluster.Lease;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.mqtt.MqttConnection;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.payload.PayloadParser;

/**
 * Publishes an allocation at once, only while this instance holds the hub's lease (fencing: a
 * re-plan that outlived its lease publishes nothing) and stamped with the lease's epoch, numbered by the live model in the hub's DLM event sequence, on
 * the hub's DLM event topic and, retained, on its allocation topic; then hands the plan and the
 * event to the audit trail, which writes them behind (safety does not wait for the database).
 */
@Component
public class AllocationPublisher implements AllocationSink {

    private static final Logger log = LoggerFactory.getLogger(AllocationPublisher.class);

    private final MqttConnection mqtt;
    private final PlanAudit audit;
    private final Clock clock;
    private final ObjectMapper mapper = PayloadParser.mapper();
    private final Counter published;
    private final Counter failed;
    private final Counter fenced;
    private final ObjectProvider<PublishedPlanListener> listeners;

    public AllocationPublisher(MqttConnection mqtt, PlanAudit audit, Clock clock, MeterRegistry meters,
            ObjectProvider<PublishedPlanListener> listeners) {
        this.mqtt = mqtt;
        this.listeners = listeners;
        this.audit = audit;
        this.clock = clock;
        this.published = Counter.builder("dlm.allocations.published").register(meters);
        this.failed = Counter.builder("dlm.allocations.failed")
                .description("Allocations the broker did not take")
                .register(meters);
        this.fenced = Counter.builder("dlm.allocations.fenced")
                .description("Allocations not published because this instance no longer owned the hub")
                .register(meters);
    }

    @Override
    public AllocationEvent publish(LiveHub hub, Lease lease, AllocationEvent event, PlanningProblem problem,
            Plan plan, DlmTrigger trigger) {
        String hubId = event.hubId();
        if (!lease.held()) {
            fenced.increment();
            log.info("Allocation for hub {} not published: {} no longer held", hubId, lease);
            return null;
        }
        AllocationEvent numbered = event.withIds(null, hub.nextEventSequence())
                .withOwner(lease.instanceId(), lease.epoch());
        byte[] payload = json(numbered).getBytes(StandardCharsets.UTF_8);
        mqtt.publish(Topic.dlmEvents(hubId), payload, false);
        mqtt.publish(Topic.dlmAllocation(hubId), payload, true).whenComplete((ack, failure) -> {
            if (failure != null) {
                failed.increment();
                log.warn("Allocation #{} for hub {} not published: {}", numbered.sequence(), hubId, failure.toString());
            }
            audit.recordAllocation(numbered, problem, plan, trigger, failure == null ? clock.instant() : null);
        });
        published.increment();
        listeners.orderedStream().forEach(listener -> listener.published(hubId, problem, plan, numbered.gridLimits(),
                clock.instant()));
        log.debug("Published allocation #{} for hub {} ({}, {})", numbered.sequence(), hubId, trigger, numbered.strategy());
        return numbered;
    }

    private String json(AllocationEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Allocation of hub " + event.hubId() + " cannot be written as JSON", e);
        }
    }
}
