package org.wptdlm.web.benchmark;

import java.util.List;
import org.wptdlm.domain.benchmark.BenchmarkKind;
import org.wptdlm.domain.benchmark.BenchmarkParameters;

/**
 * A benchmark to start, as the REST API and the page's form give it.
 *
 * @param sessionFile REPLAY: a bundled session-replay file by name
 * @param capacitiesKw REPLAY: the aggregate limits to sweep
 * @param strategies REPLAY: dlm, llf, edf, fcfs, round-robin, optimal; SYNTHETIC: greedy, timefold
 * @param timeLimitSeconds SYNTHETIC: the solver's time per instance
 */
public record BenchmarkRequest(BenchmarkKind kind, String sessionFile, List<Double> capacitiesKw, List<String> strategies,
        Integer timeLimitSeconds) {

    public BenchmarkParameters parameters(BenchmarkData data) {
        if (kind == null) {
            throw new IllegalArgumentException("Say which benchmark: kind REPLAY or SYNTHETIC.");
        }
        List<String> chosen = strategies == null ? List.of() : strategies;
        if (kind == BenchmarkKind.REPLAY) {
            return new BenchmarkParameters(kind, sessionFile == null ? "" : sessionFile,
                    capacitiesKw == null ? List.of() : capacitiesKw, chosen, null);
        }
        return new BenchmarkParameters(kind, data.directory().getFileName().toString(), List.of(), chosen, timeLimitSeconds);
    }
}
