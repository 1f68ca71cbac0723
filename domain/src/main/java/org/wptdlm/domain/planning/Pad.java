package org.wptdlm.domain.planning;

/**
 * A charging pad: delivers at most {@code maxKw} to a vehicle; the grid draws delivered power divided
 * by {@code efficiency} (0–1). {@code circuitId} is null when the pad hangs on the hub directly.
 * {@code minKw} (null = 0) is the least power the pad can deliver when on: below it, it is off.
 */
public record Pad(String id, double maxKw, double efficiency, String circuitId, Double minKw) {

    /** A pad that can deliver any power from zero up. */
    public Pad(String id, double maxKw, double efficiency, String circuitId) {
        this(id, maxKw, efficiency, circuitId, null);
    }

    public double gridKw(double vehicleKw) {
        return vehicleKw / efficiency;
    }

    public double minKwOrZero() {
        return minKw == null ? 0.0 : minKw;
    }
}
