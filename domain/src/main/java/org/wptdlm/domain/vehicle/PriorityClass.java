package org.wptdlm.domain.vehicle;

/** How much a vehicle's charging matters, beyond its state of charge and departure. */
public enum PriorityClass {
    NORMAL(1),
    FLEET(2),
    EMERGENCY(3);

    private final int priority;

    PriorityClass(int priority) {
        this.priority = priority;
    }

    /**
     * The integer priority of the planning problem file (a session's {@code priority}): higher is more
     * important. The objective weighs a session's energy by it.
     */
    public int priority() {
        return priority;
    }
}
