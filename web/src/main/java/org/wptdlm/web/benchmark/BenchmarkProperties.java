package org.wptdlm.web.benchmark;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the benchmarks started from the dashboard ({@code dlm.benchmark.*}).
 *
 * @param dataDirectory where the bundled session-replay files and synthetic planning problems are
 *     (default {@code benchmark-data}, relative to the working directory)
 * @param keptRuns how many stored runs the Benchmarks page lists (default 20)
 */
@ConfigurationProperties("dlm.benchmark")
public record BenchmarkProperties(Path dataDirectory, Integer keptRuns) {

    public BenchmarkProperties {
        dataDirectory = dataDirectory == null ? Path.of("benchmark-data") : dataDirectory;
        keptRuns = keptRuns == null ? 20 : keptRuns;
        if (keptRuns < 1) {
            throw new IllegalArgumentException("dlm.benchmark.kept-runs must be at least 1, was " + keptRuns);
        }
    }
}
