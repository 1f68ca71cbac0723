package org.wptdlm.domain.benchmark;

/**
 * One strategy's result at one point of a benchmark.
 *
 * @param label where on the sweep: the capacity ("20 kW") or the instance's name
 * @param capacityKw the aggregate limit (REPLAY), or null
 * @param energyPercent share of requested energy delivered (REPLAY), or of the LP upper bound on
 *     priority-weighted energy (SYNTHETIC), 0–100
 * @param peakKw the highest aggregate power drawn
 */
public record BenchmarkPoint(String strategy, String label, Double capacityKw, double energyPercent, double peakKw) {
}
