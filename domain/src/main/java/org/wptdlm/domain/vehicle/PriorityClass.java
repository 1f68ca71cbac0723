package org.wptdlm.domain.vehicle;

/** How much a vehicle's charging matters, beyond its state of charge and departure. */
public enum PriorityClass {
    NORMAL(1),
    FLEET(2),
    EMERGENCY(3);

    private final int weight;

    PriorityClass(int weight) {
        this.weight = weight;
    }

    /** The integer priority of the planning problem file: higher is more important. */
    public int weight() {
        return weight;
    }
}
