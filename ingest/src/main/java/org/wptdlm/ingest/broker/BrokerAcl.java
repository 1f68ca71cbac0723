package org.wptdlm.ingest.broker;

import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.util.List;
import java.util.Map;

/**
 * Who may publish and subscribe where on the embedded broker, by the account's {@link BrokerRole}.
 * A hub writes only its own {@code iot/hubs/{id}/…} inputs (hub events, grid schedules and its site
 * meter included) and reads only
 * its own DLM topics and the service's status; nobody but the service writes
 * {@code dlm/allocation} or the service status, so an allocation a controller acts on is the
 * service's. Rules are Mosquitto-style patterns, {@code %u} standing for the user name.
 */
public final class BrokerAcl implements IAuthorizatorPolicy {

    private static final List<String> HUB_WRITES = List.of(
            "iot/hubs/%u/info",
            "iot/hubs/%u/status",
            "iot/hubs/%u/requests",
            "iot/hubs/%u/nodes/+/info",
            "iot/hubs/%u/nodes/+/status",
            "iot/hubs/%u/nodes/+/telemetry",
            "iot/hubs/%u/dlm/events",
            "iot/hubs/%u/grid/limits",
            "iot/hubs/%u/grid/prices",
            "iot/hubs/%u/grid/carbon",
            "iot/hubs/%u/meter");

    private final BrokerAccounts accounts;
    private final Map<BrokerRole, List<String>> writes;
    private final Map<BrokerRole, List<String>> reads;

    /** @param serviceStatusTopic the service's retained online/offline topic, readable by hubs */
    public BrokerAcl(BrokerAccounts accounts, String serviceStatusTopic) {
        this.accounts = accounts;
        this.writes = Map.of(
                BrokerRole.SERVICE, List.of("#"),
                BrokerRole.HUB, HUB_WRITES,
                BrokerRole.VEHICLE, List.of("iot/vehicles/%u/telemetry"),
                BrokerRole.VEHICLE_GATEWAY, List.of("iot/vehicles/+/telemetry"));
        this.reads = Map.of(
                BrokerRole.SERVICE, List.of("#"),
                BrokerRole.HUB, List.of("iot/hubs/%u/dlm/#", serviceStatusTopic),
                BrokerRole.VEHICLE, List.of(),
                BrokerRole.VEHICLE_GATEWAY, List.of());
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        return permits(writes, topic.toString(), user);
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        return permits(reads, topic.toString(), user);
    }

    /** True when {@code user} may publish to {@code topic}: also checks last wills, which Moquette does not. */
    boolean canWrite(String topic, String user) {
        return permits(writes, topic, user);
    }

    private boolean permits(Map<BrokerRole, List<String>> rules, String topic, String user) {
        return accounts.roleOf(user)
                .map(role -> rules.get(role).stream().anyMatch(rule -> covers(rule.replace("%u", user), topic)))
                .orElse(false);
    }

    /**
     * True when every topic {@code filter} matches is also matched by {@code rule}. A filter may use
     * wildcards only where the rule has them, so a hub cannot subscribe to {@code iot/hubs/+/…}.
     */
    static boolean covers(String rule, String filter) {
        String[] ruleLevels = rule.split("/", -1);
        String[] filterLevels = filter.split("/", -1);
        for (int i = 0; i < ruleLevels.length; i++) {
            if (ruleLevels[i].equals("#")) {
                return true;
            }
            if (i >= filterLevels.length || filterLevels[i].equals("#")) {
                return false;
            }
            if (!ruleLevels[i].equals("+") && !ruleLevels[i].equals(filterLevels[i])) {
                return false;
            }
        }
        return ruleLevels.length == filterLevels.length;
    }
}
