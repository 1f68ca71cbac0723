package org.wptdlm.solver.departure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * One hub's model of when drivers really leave, against the departure they stated, learned online from
 * sessions that already ended. Drivers are far from exact (Caltech 2021 user inputs: actual minus stated
 * departure has median −4.0 h, p25 −7.2 h, p75 +0.2 h; 66 % leave more than an hour early), so the
 * planner plans against a conservative estimate instead of the stated time.
 *
 * <p>The estimate is the stated departure plus a low quantile ({@link #DEFAULT_QUANTILE}) of the
 * observed errors (actual − stated), among the errors still possible: a vehicle present now leaves
 * after now, so errors that would have sent it away already are left out. A driver who overstays thus
 * gets a later estimate slot by slot instead of being stuck at a past time. Before real data exist, a
 * prior of {@link #PRIOR_OBSERVATIONS} pseudo-observations drawn from the Caltech figures stands in;
 * once the hub has a few dozen sessions of its own, they dominate (a hub whose drivers are exact soon
 * gets their stated times back). Only the latest {@link #DEFAULT_WINDOW} sessions count, so the model
 * follows drift. The quantile was chosen by replaying the ACN March 2019 sessions with real-style
 * estimates (docs/BENCHMARKS.md).
 *
 * <p>Use: call {@link #observe} when a session ends (its stated and actual departure) and
 * {@link #estimateDeparture} when planning a present or arriving vehicle. Thread-safe.
 */
public final class DepartureModel {

    /** Share of drivers expected to leave before the estimate. */
    public static final double DEFAULT_QUANTILE = 0.25;
    /** Sessions remembered. */
    public static final int DEFAULT_WINDOW = 500;
    /** Actual minus stated departure (hours) at p5, p25, p50, p75, p95 of Caltech's 2021 user inputs. */
    private static final double[] PRIOR_ERROR_HOURS = {-11.1, -7.2, -4.0, 0.2, 4.8};
    /** Each prior point counts as this many sessions. */
    private static final int PRIOR_WEIGHT = 4;
    static final int PRIOR_OBSERVATIONS = PRIOR_ERROR_HOURS.length * PRIOR_WEIGHT;

    private final double quantile;
    private final int window;
    private final ArrayDeque<Double> observedErrorSeconds = new ArrayDeque<>();
    /** Observed errors plus the prior, sorted; rebuilt on every observation (rare next to estimates). */
    private double[] sortedErrorSeconds;

    public DepartureModel() {
        this(DEFAULT_QUANTILE, DEFAULT_WINDOW);
    }

    public DepartureModel(double quantile, int window) {
        if (quantile < 0 || quantile > 1 || window < 1) {
            throw new IllegalArgumentException("quantile must be in [0, 1] and window >= 1");
        }
        this.quantile = quantile;
        this.window = window;
        sortedErrorSeconds = sorted();
    }

    /** A session ended: it had said it would leave at {@code statedDeparture} and left at {@code actualDeparture}. */
    public synchronized void observe(Instant statedDeparture, Instant actualDeparture) {
        observedErrorSeconds.addLast((double) Duration.between(statedDeparture, actualDeparture).toSeconds());
        if (observedErrorSeconds.size() > window) {
            observedErrorSeconds.removeFirst();
        }
        sortedErrorSeconds = sorted();
    }

    /**
     * A conservative departure for a vehicle that arrived (or will arrive) at {@code arrival} and said it
     * leaves at {@code statedDeparture}, as known at {@code now}: never earlier than
     * {@code minimumStay} after the later of arrival and now.
     */
    public synchronized Instant estimateDeparture(Instant arrival, Instant statedDeparture, Instant now,
            Duration minimumStay) {
        Instant present = arrival.isAfter(now) ? arrival : now;
        Instant earliest = present.plus(minimumStay);
        double stillPossibleAboveSeconds = Duration.between(statedDeparture, present).toSeconds();
        int first = firstAbove(sortedErrorSeconds, stillPossibleAboveSeconds);
        int possible = sortedErrorSeconds.length - first;
        if (possible == 0) {
            return earliest;
        }
        double errorSeconds = sortedErrorSeconds[first + (int) Math.floor(quantile * (possible - 1))];
        Instant estimate = statedDeparture.plusSeconds(Math.round(errorSeconds));
        return estimate.isBefore(earliest) ? earliest : estimate;
    }

    /** Sessions observed so far (at most the window). */
    public synchronized int observations() {
        return observedErrorSeconds.size();
    }

    private double[] sorted() {
        double[] all = new double[PRIOR_OBSERVATIONS + observedErrorSeconds.size()];
        int i = 0;
        for (double hours : PRIOR_ERROR_HOURS) {
            for (int k = 0; k < PRIOR_WEIGHT; k++) {
                all[i++] = hours * 3600;
            }
        }
        for (double seconds : observedErrorSeconds) {
            all[i++] = seconds;
        }
        Arrays.sort(all);
        return all;
    }

    /** Index of the first value strictly above {@code bound} in a sorted array. */
    private static int firstAbove(double[] sortedValues, double bound) {
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
