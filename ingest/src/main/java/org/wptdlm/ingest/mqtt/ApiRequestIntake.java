package org.wptdlm.ingest.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.ingest.payload.ChargingRequestMessage;
import org.wptdlm.ingest.payload.PayloadRejectedException;

/**
 * Charging requests made through the REST API (a driver booking a recommendation, an operator)
 * enter the live loop by the same path as {@code iot/hubs/{hub_id}/requests}: the same validation,
 * live model update, re-plan trigger and rejection record. Call it after the request is committed.
 */
@Component
public class ApiRequestIntake {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestIntake.class);

    private final IngestQueue queue;

    public ApiRequestIntake(IngestQueue queue) {
        this.queue = queue;
    }

    /** A created or changed request; a finished one (cancelled, completed, expired) withdraws it. */
    public boolean submit(ChargingRequest request, Instant now) {
        boolean withdrawn = request.status() != ChargingRequestStatus.PENDING
                && request.status() != ChargingRequestStatus.ACTIVE;
        return offer(request, now, withdrawn);
    }

    /** A deleted request: the vehicle no longer wants to charge. */
    public boolean withdraw(ChargingRequest request, Instant now) {
        return offer(request, now, true);
    }

    private boolean offer(ChargingRequest request, Instant now, boolean withdrawn) {
        Topic topic = Topic.parse("iot/hubs/" + request.hubId() + "/requests").orElseThrow();
        ChargingRequestMessage message;
        try {
            message = new ChargingRequestMessage(request.id(), now, request.vehicleId(), request.nodeId(),
                    request.targetSocPercent(), request.requestedEnergyKwh(), request.departureAt(),
                    request.priorityClass(), withdrawn);
        } catch (PayloadRejectedException e) {
            log.warn("Charging request {} of hub {} not handed to the live loop: {}", request.id(), request.hubId(),
                    e.getMessage());
            return false;
        }
        byte[] origin = ("REST API charging request " + request.id()).getBytes(StandardCharsets.UTF_8);
        boolean queued = queue.offer(new Inbound(topic, message, origin, now, () -> { }));
        if (!queued) {
            log.warn("Ingest queue full: charging request {} of hub {} waits for the next scheduled re-plan",
                    request.id(), request.hubId());
        }
        return queued;
    }
}
