package org.wptdlm.solver.generator;

/** The shape of a synthetic instance: name, sessions, pads and 15-minute slots. */
public record InstanceSize(String name, int sessions, int pads, int slots) {

    public static final InstanceSize SMALL = new InstanceSize("small", 24, 12, 48);
    public static final InstanceSize MEDIUM = new InstanceSize("medium", 500, 100, 96);
    public static final InstanceSize LARGE = new InstanceSize("large", 1500, 250, 96);
}
