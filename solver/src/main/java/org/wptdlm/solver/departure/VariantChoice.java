package org.wptdlm.solver.departure;

import java.util.ArrayDeque;

/**
 * Chooses, online, between the unconditional and the conditional estimate by their pinball loss (the
 * loss a quantile minimises: under-estimates of the departure cost {@code quantile} per hour, over-
 * estimates {@code 1 − quantile}) on the latest {@link #SCORED} ended sessions, each scored with the
 * estimate it would have had at its arrival. The conditional estimate must beat the unconditional one
 * by {@link #MARGIN} before it is used: where errors do not depend on what is known (the bundled
 * user-estimates file draws them independently) the two score alike and the hub keeps today's model.
 */
final class VariantChoice {

    static final int SCORED = 200;
    /** Scored sessions needed before the conditional estimate may be chosen. */
    static final int MINIMUM_SCORED = 50;
    static final double MARGIN = 0.10;

    private final double quantile;
    private final ArrayDeque<double[]> losses = new ArrayDeque<>();
    private double unconditionalSum;
    private double conditionalSum;

    VariantChoice(double quantile) {
        this.quantile = quantile;
    }

    /** An ended session's error, and the errors the two variants estimated at its arrival (seconds). */
    void score(double actualSeconds, double unconditionalSeconds, double conditionalSeconds) {
        double[] loss = {pinball(actualSeconds - unconditionalSeconds), pinball(actualSeconds - conditionalSeconds)};
        losses.addLast(loss);
        unconditionalSum += loss[0];
        conditionalSum += loss[1];
        if (losses.size() > SCORED) {
            double[] dropped = losses.removeFirst();
            unconditionalSum -= dropped[0];
            conditionalSum -= dropped[1];
        }
    }

    boolean conditional() {
        return losses.size() >= MINIMUM_SCORED && conditionalSum < (1 - MARGIN) * unconditionalSum;
    }

    /** Mean pinball loss (hours) of the unconditional and the conditional variant over the scored sessions. */
    double[] meanLossHours() {
        int n = Math.max(1, losses.size());
        return new double[] {unconditionalSum / n / 3600, conditionalSum / n / 3600};
    }

    private double pinball(double residualSeconds) {
        return residualSeconds >= 0 ? quantile * residualSeconds : (quantile - 1) * residualSeconds;
    }
}
