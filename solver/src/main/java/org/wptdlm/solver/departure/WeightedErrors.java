package org.wptdlm.solver.departure;

import java.util.Arrays;

/**
 * Departure errors (actual − stated, seconds) with a weight each, sorted, for quantiles among the errors
 * still possible for a vehicle that is present: a vehicle still here at {@code now} cannot have an
 * error that would have sent it away before now.
 */
final class WeightedErrors {

    private final double[] sortedSeconds;
    /** {@code cumulativeWeight[i]}: total weight of the errors before index i. */
    private final double[] cumulativeWeight;

    /** {@code seconds} and {@code weights} of equal length; both arrays are taken over (sorted in place). */
    WeightedErrors(double[] seconds, double[] weights) {
        Integer[] order = new Integer[seconds.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(seconds[a], seconds[b]));
        sortedSeconds = new double[seconds.length];
        cumulativeWeight = new double[seconds.length + 1];
        for (int i = 0; i < order.length; i++) {
            sortedSeconds[i] = seconds[order[i]];
            cumulativeWeight[i + 1] = cumulativeWeight[i] + weights[order[i]];
        }
    }

    /**
     * The {@code quantile} of the errors strictly above {@code aboveSeconds}, by weight; NaN when no
     * error is above it.
     */
    double quantileAbove(double aboveSeconds, double quantile) {
        int first = firstAbove(sortedSeconds, aboveSeconds);
        if (first == sortedSeconds.length) {
            return Double.NaN;
        }
        double below = cumulativeWeight[first];
        double target = below + quantile * (cumulativeWeight[sortedSeconds.length] - below);
        for (int i = first; i < sortedSeconds.length; i++) {
            if (cumulativeWeight[i + 1] >= target) {
                return sortedSeconds[i];
            }
        }
        return sortedSeconds[sortedSeconds.length - 1];
    }

    /** Index of the first value strictly above {@code bound} in a sorted array. */
    static int firstAbove(double[] sortedValues, double bound) {
        int low = 0;
        int high = sortedValues.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sortedValues[middle] > bound) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
