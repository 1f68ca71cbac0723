package org.wptdlm.solver.replay;

/** One strategy at one capacity: energy delivered against requested, and the peak aggregate power. */
public record ReplayResult(String strategy, double capacityKw, double deliveredKwh, double requestedKwh, double peakKw) {

    public double deliveredPercent() {
        return requestedKwh <= 0 ? 100.0 : 100.0 * deliveredKwh / requestedKwh;
    }
}
