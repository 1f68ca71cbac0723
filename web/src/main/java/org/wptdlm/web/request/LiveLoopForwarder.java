package org.wptdlm.web.request;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wptdlm.ingest.live.RequestCommands;

/**
 * Hands requests changed through the API to the live loop as commands, after commit: the loop
 * plans them as stored and writes nothing back.
 */
@Component
class LiveLoopForwarder {

    private final RequestCommands commands;

    LiveLoopForwarder(RequestCommands commands) {
        this.commands = commands;
    }

    @TransactionalEventListener
    void forward(ChargingRequestChanged change) {
        if (change.deleted()) {
            commands.withdrawn(change.request());
        } else {
            commands.stored(change.request());
        }
    }
}
