package org.wptdlm.domain.pad;

/**
 * The seed's names for pads on the wire. The code says "pad" everywhere; the seed's MQTT topics,
 * JSON fields and REST paths say "node", and hub controllers and API clients already speak them, so
 * they stay at the edge: MQTT topics ({@code Topic}), MQTT payload records and REST bodies map them
 * to pad names with these constants (see docs/mqtt.md, "Names"). The database keeps the seed's
 * {@code nodes} and {@code node_id} too; its repositories map them.
 */
public final class SeedNames {

    /** JSON field of a pad's id in MQTT payloads and REST bodies. */
    public static final String PAD_ID = "nodeId";
    /** Topic level and REST path segment of a hub's pads: {@code iot/hubs/{hub}/nodes/{pad}/…}. */
    public static final String PADS = "nodes";

    private SeedNames() {}
}
