package org.wptdlm.ingest.simulate;

import org.wptdlm.ingest.broker.BrokerAccounts;
import org.wptdlm.ingest.broker.BrokerRole;

/**
 * As whom the simulated fleet logs in: each hub as itself (like a real hub controller, whose
 * broker account may write only its own topics), the vehicles through one gateway account.
 */
public interface FleetLogins {

    BrokerLogin hub(String hubId);

    BrokerLogin vehicles();

    /** One login for everything, for brokers without per-hub accounts (a test broker, a load test). */
    static FleetLogins shared(BrokerLogin login) {
        return split(login, login);
    }

    /** One login for every hub and another for the vehicles (a test routes them differently). */
    static FleetLogins split(BrokerLogin hubs, BrokerLogin vehicles) {
        return new FleetLogins() {
            @Override
            public BrokerLogin hub(String hubId) {
                return hubs;
            }

            @Override
            public BrokerLogin vehicles() {
                return vehicles;
            }
        };
    }

    /** Hubs log in as their hub ids and vehicles as the file's first VEHICLE_GATEWAY account. */
    static FleetLogins fromAccounts(String url, BrokerAccounts accounts) {
        return new FleetLogins() {
            @Override
            public BrokerLogin hub(String hubId) {
                return new BrokerLogin(url, hubId, accounts.password(hubId).orElseThrow(() -> new IllegalArgumentException(
                        "No broker account for hub " + hubId + " in " + accounts.file())));
            }

            @Override
            public BrokerLogin vehicles() {
                String gateway = accounts.firstWithRole(BrokerRole.VEHICLE_GATEWAY).orElseThrow(() ->
                        new IllegalArgumentException("No VEHICLE_GATEWAY account in " + accounts.file()));
                return new BrokerLogin(url, gateway, accounts.password(gateway).orElseThrow());
            }
        };
    }
}
