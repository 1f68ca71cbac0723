package org.wptdlm.web.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.benchmark.BenchmarkParameters;
import org.wptdlm.domain.benchmark.BenchmarkPoint;

/** The benchmark running in the background: its progress, its points so far, and whether it was asked to stop. */
public final class BenchmarkJob {

    private final long runId;
    private final BenchmarkParameters parameters;
    private final Instant startedAt;
    private final int totalSteps;
    private final List<BenchmarkPoint> points = new ArrayList<>();
    private volatile boolean cancelRequested;
    private volatile boolean done;
    private volatile String currentStep = "starting";

    BenchmarkJob(long runId, BenchmarkParameters parameters, Instant startedAt, int totalSteps) {
        this.runId = runId;
        this.parameters = parameters;
        this.startedAt = startedAt;
        this.totalSteps = totalSteps;
    }

    /** What a page or API client sees of a job. */
    public record Progress(long runId, BenchmarkParameters parameters, Instant startedAt, int stepsDone, int totalSteps,
            String currentStep, boolean cancelRequested, boolean done) {

        public int percent() {
            return totalSteps == 0 ? 100 : 100 * stepsDone / totalSteps;
        }
    }

    public synchronized Progress progress() {
        return new Progress(runId, parameters, startedAt, points.size(), totalSteps, currentStep, cancelRequested, done);
    }

    long runId() {
        return runId;
    }

    BenchmarkParameters parameters() {
        return parameters;
    }

    void working(String step) {
        currentStep = step;
    }

    synchronized void add(BenchmarkPoint point) {
        points.add(point);
    }

    synchronized List<BenchmarkPoint> points() {
        return List.copyOf(points);
    }

    void cancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void finished() {
        done = true;
    }

    boolean isDone() {
        return done;
    }
}
