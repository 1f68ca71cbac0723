package org.wptdlm.solver.generator;

/**
 * The shape of a synthetic instance: name, sessions, pads and 15-minute slots; {@code varyingLimit}
 * makes the grid limit change every hour (a curtailed or solar-following connection) instead of one
 * evening dip.
 */
public record InstanceSize(String name, int sessions, int pads, int slots, boolean varyingLimit) {

    public static final InstanceSize SMALL = new InstanceSize("small", 24, 12, 48);
    public static final InstanceSize MEDIUM = new InstanceSize("medium", 500, 100, 96);
    public static final InstanceSize LARGE = new InstanceSize("large", 1500, 250, 96);
    public static final InstanceSize VARYING_LIMIT = new InstanceSize("varying-limit", 300, 60, 96, true);
    /** Shaped like a live hub's re-plan: a few vehicles, a day ahead. */
    public static final InstanceSize LIVE = new InstanceSize("live", 5, 6, 96);

    public InstanceSize(String name, int sessions, int pads, int slots) {
        this(name, sessions, pads, slots, false);
    }
}
