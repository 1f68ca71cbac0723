package org.wptdlm.ingest.cluster;

import java.util.Optional;
import java.util.Set;

/**
 * Which hubs this instance owns: only the owner re-plans a hub and publishes its allocations
 * (docs/scaling.md).
 */
public interface HubOwnership {

    /** The lease this instance holds on the hub, or empty when another instance owns it (or none yet). */
    Optional<Lease> lease(String hubId);

    default boolean owns(String hubId) {
        return lease(hubId).filter(Lease::held).isPresent();
    }

    /** The hubs this instance holds leases on now. */
    Set<String> ownedHubs();

    String instanceId();
}
