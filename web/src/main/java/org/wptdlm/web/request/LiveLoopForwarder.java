package org.wptdlm.web.request;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wptdlm.ingest.mqtt.ApiRequestIntake;

/**
 * Hands requests changed through the API to the live loop, which plans them like requests that
 * arrive over MQTT. Only after commit: the loop upserts the same row and must find it there.
 */
@Component
class LiveLoopForwarder {

    private final ApiRequestIntake intake;
    private final Clock clock;

    LiveLoopForwarder(ApiRequestIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @TransactionalEventListener
    void forward(ChargingRequestChanged change) {
        if (change.deleted()) {
            intake.withdraw(change.request(), clock.instant());
        } else {
            intake.submit(change.request(), clock.instant());
        }
    }
}
