package org.wptdlm.domain.planning;

/**
 * A charging pad: delivers at most {@code maxKw} to a vehicle; the grid draws delivered power divided
 * by {@code efficiency} (0–1). {@code circuitId} is null when the pad hangs on the hub directly.
 */
public record Pad(String id, double maxKw, double efficiency, String circuitId) {

    public double gridKw(double vehicleKw) {
        return vehicleKw / efficiency;
    }
}
