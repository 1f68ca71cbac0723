package org.wptdlm.domain.benchmark;

import java.time.Instant;
import java.util.List;

/**
 * A benchmark run and what it found so far.
 *
 * @param finishedAt when it ended, or null while it runs
 * @param failure why it failed, or null
 */
public record BenchmarkRun(long id, BenchmarkParameters parameters, BenchmarkStatus status, Instant startedAt,
        Instant finishedAt, List<BenchmarkPoint> points, String failure) {

    public BenchmarkRun {
        points = List.copyOf(points);
    }
}
