package org.wptdlm.solver.departure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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
 * <p>Real drivers' errors need not be independent of what is known: whoever states a whole working day
 * may leave at lunch, a repeat driver has habits. So there is a second, conditional estimate: the same
 * quantile of the errors of sessions in the same {@link StayCell} (stated stay length, time of day of
 * arrival), plus the vehicle's own past sessions when its id is known, shrunk toward the hub's whole
 * distribution (worth {@link #HUB_WEIGHT} sessions) so that a cell with few sessions leans on the hub.
 * {@link VariantChoice} uses it only while it has clearly scored better (pinball loss) on the recent
 * ended sessions; where errors are independent of stay and time, the hub keeps the unconditional model.
 *
 * <p>Use: call {@link #observe} when a session ends and {@link #estimateDeparture} when planning a
 * present or arriving vehicle. Thread-safe.
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
    /** Weight, in sessions, of the hub's whole distribution in a conditional estimate. */
    static final double HUB_WEIGHT = 20;
    /** Weight of each past session of the same vehicle in a conditional estimate. */
    static final double VEHICLE_WEIGHT = 5;

    private final double quantile;
    private final int window;
    private final boolean mayCondition;
    private final ArrayDeque<EndedStay> stays = new ArrayDeque<>();
    /** Observed errors plus the prior, sorted; rebuilt on every observation (rare next to estimates). */
    private double[] sortedErrorSeconds;
    private final Map<ConditionKey, WeightedErrors> conditionalErrors = new HashMap<>();
    private final VariantChoice choice;

    private record ConditionKey(StayCell cell, String vehicleId) {
    }

    public DepartureModel() {
        this(DEFAULT_QUANTILE, DEFAULT_WINDOW, true);
    }

    /**
     * @param mayCondition false: always the unconditional estimate (the model before the conditional
     *     variant, kept to measure what the variant adds)
     */
    public DepartureModel(double quantile, int window, boolean mayCondition) {
        if (quantile < 0 || quantile > 1 || window < 1) {
            throw new IllegalArgumentException("quantile must be in [0, 1] and window >= 1");
        }
        this.quantile = quantile;
        this.window = window;
        this.mayCondition = mayCondition;
        this.choice = new VariantChoice(quantile);
        sortedErrorSeconds = sorted();
    }

    /**
     * A session ended: it arrived at {@code arrival}, had said it would leave at {@code statedDeparture}
     * and left at {@code actualDeparture}; {@code vehicleId} may be null.
     */
    public synchronized void observe(Instant arrival, Instant statedDeparture, Instant actualDeparture,
            String vehicleId) {
        EndedStay stay = new EndedStay(arrival, statedDeparture, actualDeparture, vehicleId);
        if (mayCondition) {
            double bound = -Duration.between(arrival, statedDeparture).toSeconds();
            choice.score(stay.errorSeconds(), orBound(unconditionalError(bound), bound),
                    orBound(conditionalError(stay.cell(), vehicleId, bound), bound));
        }
        stays.addLast(stay);
        if (stays.size() > window) {
            stays.removeFirst();
        }
        sortedErrorSeconds = sorted();
        conditionalErrors.clear();
    }

    /**
     * A conservative departure for a vehicle ({@code vehicleId}, may be null) that arrived (or will
     * arrive) at {@code arrival} and said it leaves at {@code statedDeparture}, as known at {@code now}:
     * never earlier than {@code minimumStay} after the later of arrival and now.
     */
    public synchronized Instant estimateDeparture(Instant arrival, Instant statedDeparture, String vehicleId,
            Instant now, Duration minimumStay) {
        Instant present = arrival.isAfter(now) ? arrival : now;
        Instant earliest = present.plus(minimumStay);
        double stillPossibleAboveSeconds = Duration.between(statedDeparture, present).toSeconds();
        double errorSeconds = conditionalChosen()
                ? conditionalError(StayCell.of(arrival, statedDeparture), vehicleId, stillPossibleAboveSeconds)
                : unconditionalError(stillPossibleAboveSeconds);
        if (Double.isNaN(errorSeconds)) {
            return earliest;
        }
        Instant estimate = statedDeparture.plusSeconds(Math.round(errorSeconds));
        return estimate.isBefore(earliest) ? earliest : estimate;
    }

    /** Sessions observed so far (at most the window). */
    public synchronized int observations() {
        return stays.size();
    }

    /** Whether estimates are conditional now (they scored clearly better on the recent ended sessions). */
    public synchronized boolean conditionalChosen() {
        return mayCondition && choice.conditional();
    }

    /** The quantile of the errors above {@code boundSeconds} over the whole hub; NaN if none is. */
    private double unconditionalError(double boundSeconds) {
        int first = WeightedErrors.firstAbove(sortedErrorSeconds, boundSeconds);
        int possible = sortedErrorSeconds.length - first;
        return possible == 0 ? Double.NaN : sortedErrorSeconds[first + (int) Math.floor(quantile * (possible - 1))];
    }

    private double conditionalError(StayCell cell, String vehicleId, double boundSeconds) {
        return conditionalErrors.computeIfAbsent(new ConditionKey(cell, vehicleId), this::weighted)
                .quantileAbove(boundSeconds, quantile);
    }

    /** The hub's errors worth {@link #HUB_WEIGHT} sessions in all, plus the cell's and the vehicle's own. */
    private WeightedErrors weighted(ConditionKey key) {
        int hub = sortedErrorSeconds.length;
        double[] seconds = Arrays.copyOf(sortedErrorSeconds, hub + stays.size());
        double[] weights = new double[seconds.length];
        Arrays.fill(weights, 0, hub, HUB_WEIGHT / hub);
        int n = hub;
        for (EndedStay stay : stays) {
            double weight = (stay.cell().equals(key.cell()) ? 1 : 0)
                    + (key.vehicleId() != null && Objects.equals(stay.vehicleId(), key.vehicleId()) ? VEHICLE_WEIGHT : 0);
            if (weight > 0) {
                seconds[n] = stay.errorSeconds();
                weights[n++] = weight;
            }
        }
        return new WeightedErrors(Arrays.copyOf(seconds, n), Arrays.copyOf(weights, n));
    }

    private static double orBound(double errorSeconds, double boundSeconds) {
        return Double.isNaN(errorSeconds) ? boundSeconds : errorSeconds;
    }

    private double[] sorted() {
        double[] all = new double[PRIOR_OBSERVATIONS + stays.size()];
        int i = 0;
        for (double hours : PRIOR_ERROR_HOURS) {
            for (int k = 0; k < PRIOR_WEIGHT; k++) {
                all[i++] = hours * 3600;
            }
        }
        for (EndedStay stay : stays) {
            all[i++] = stay.errorSeconds();
        }
        Arrays.sort(all);
        return all;
    }
}
