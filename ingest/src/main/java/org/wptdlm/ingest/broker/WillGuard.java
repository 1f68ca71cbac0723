package org.wptdlm.ingest.broker;

import io.moquette.broker.Server;
import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptConnectMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moquette publishes a client's last will without asking the authorizer, so a hub could leave a
 * will on {@code wpt-dlm/status} or another hub's topics. This drops, with its session, any client
 * whose will names a topic its account may not write.
 */
final class WillGuard extends AbstractInterceptHandler {

    private static final Logger log = LoggerFactory.getLogger(WillGuard.class);

    private final BrokerAcl acl;
    private final Server server;

    WillGuard(BrokerAcl acl, Server server) {
        this.acl = acl;
        this.server = server;
    }

    @Override
    public String getID() {
        return "wpt-dlm-will-guard";
    }

    @Override
    public void onConnect(InterceptConnectMessage connect) {
        if (connect.isWillFlag() && !acl.canWrite(connect.getWillTopic(), connect.getUsername())) {
            log.warn("MQTT client {} (user {}) disconnected: its last will names {}, which it may not write",
                    connect.getClientID(), connect.getUsername(), connect.getWillTopic());
            server.disconnectAndPurgeClientState(connect.getClientID());
        }
    }

    @Override
    public void onSessionLoopError(Throwable error) {
        log.warn("Broker will guard failed: {}", error.toString());
    }
}
