package org.wptdlm.domain.hub;

import static org.wptdlm.domain.Invariants.optionalText;
import static org.wptdlm.domain.Invariants.requireId;
import static org.wptdlm.domain.Invariants.requireLatitude;
import static org.wptdlm.domain.Invariants.requireLongitude;
import static org.wptdlm.domain.Invariants.requirePresent;
import static org.wptdlm.domain.Invariants.requireText;
import static org.wptdlm.domain.PhysicalLimits.requireGridLimitKw;

/**
 * A charging site behind one grid connection.
 *
 * @param id chosen by the hub controller (it names itself in its MQTT topics), e.g. {@code hub-001}
 * @param gridLimitKw the hard import limit of the grid connection
 */
public record Hub(
        String id,
        String name,
        String address,
        double latitude,
        double longitude,
        double gridLimitKw,
        HubStatus status) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int ADDRESS_MAX_LENGTH = 500;

    public Hub {
        requireId(id, "id");
        requireText(name, "name", NAME_MAX_LENGTH);
        optionalText(address, "address", ADDRESS_MAX_LENGTH);
        requireLatitude(latitude, "latitude");
        requireLongitude(longitude, "longitude");
        requireGridLimitKw(gridLimitKw, "gridLimitKw");
        requirePresent(status, "status");
    }
}
