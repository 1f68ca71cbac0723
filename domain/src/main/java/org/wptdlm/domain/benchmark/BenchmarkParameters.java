package org.wptdlm.domain.benchmark;

import java.util.List;

/**
 * What a benchmark run was asked to do.
 *
 * @param source the session-replay file (REPLAY) or the directory of planning problems (SYNTHETIC), by name
 * @param capacitiesKw the aggregate limits swept (REPLAY); empty for SYNTHETIC
 * @param strategies the strategies compared, by their command-line names
 * @param timeLimitSeconds the solver's time per instance (SYNTHETIC), or null
 */
public record BenchmarkParameters(BenchmarkKind kind, String source, List<Double> capacitiesKw, List<String> strategies,
        Integer timeLimitSeconds) {

    public BenchmarkParameters {
        capacitiesKw = List.copyOf(capacitiesKw);
        strategies = List.copyOf(strategies);
    }
}
