package org.wptdlm.domain.planning;

/**
 * Key figures of a plan. {@code lpBoundWeightedEnergyKwh} and {@code gapPercent} are null when no
 * bound was computed; {@code score} is the solver's score text when a solver produced the plan;
 * {@code setpointChangesPerSessionHour} counts how often a vehicle's power changes from one slot to the
 * next within its stay, per hour of served stay (null when not computed).
 */
public record Kpis(
        double energyRequestedKwh,
        double energyDeliveredKwh,
        double criticalEnergyRequestedKwh,
        double criticalEnergyDeliveredKwh,
        double weightedEnergyDeliveredKwh,
        int sessionsServed,
        double peakGridKw,
        double cost,
        double carbonKg,
        long solveTimeMillis,
        Double lpBoundWeightedEnergyKwh,
        Double gapPercent,
        String score,
        Double setpointChangesPerSessionHour) {

    /** Key figures without the setpoint-change count. */
    @SuppressWarnings("java:S107")
    public Kpis(double energyRequestedKwh, double energyDeliveredKwh, double criticalEnergyRequestedKwh,
            double criticalEnergyDeliveredKwh, double weightedEnergyDeliveredKwh, int sessionsServed, double peakGridKw,
            double cost, double carbonKg, long solveTimeMillis, Double lpBoundWeightedEnergyKwh, Double gapPercent,
            String score) {
        this(energyRequestedKwh, energyDeliveredKwh, criticalEnergyRequestedKwh, criticalEnergyDeliveredKwh,
                weightedEnergyDeliveredKwh, sessionsServed, peakGridKw, cost, carbonKg, solveTimeMillis,
                lpBoundWeightedEnergyKwh, gapPercent, score, null);
    }

    public Kpis withBound(double boundKwh) {
        double gap = boundKwh <= 0 ? 0.0 : 100.0 * (boundKwh - weightedEnergyDeliveredKwh) / boundKwh;
        return new Kpis(energyRequestedKwh, energyDeliveredKwh, criticalEnergyRequestedKwh, criticalEnergyDeliveredKwh,
                weightedEnergyDeliveredKwh, sessionsServed, peakGridKw, cost, carbonKg, solveTimeMillis, boundKwh,
                Math.max(0.0, gap), score, setpointChangesPerSessionHour);
    }

    public Kpis withSolve(long newSolveTimeMillis, String newScore) {
        return new Kpis(energyRequestedKwh, energyDeliveredKwh, criticalEnergyRequestedKwh, criticalEnergyDeliveredKwh,
                weightedEnergyDeliveredKwh, sessionsServed, peakGridKw, cost, carbonKg, newSolveTimeMillis,
                lpBoundWeightedEnergyKwh, gapPercent, newScore, setpointChangesPerSessionHour);
    }
}
