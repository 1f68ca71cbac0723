package org.wptdlm.web.dashboard;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the operator dashboard ({@code dlm.dashboard.*}); every one has a default.
 *
 * @param pushInterval how often open pages are told about changes (default 1 s); faster telemetry is coalesced
 * @param heartbeatInterval how often an idle live-update stream sends a keep-alive comment (default 20 s), so
 *     proxies keep it open and closed browser tabs are noticed
 * @param benchmarkReportDirectories where the Benchmarks page looks for solver benchmark reports (HTML files),
 *     relative to the working directory unless absolute
 */
@ConfigurationProperties("dlm.dashboard")
public record DashboardProperties(Duration pushInterval, Duration heartbeatInterval, List<Path> benchmarkReportDirectories) {

    static final List<Path> DEFAULT_BENCHMARK_REPORT_DIRECTORIES =
            List.of(Path.of("target", "benchmark"), Path.of("target", "benchmarks"), Path.of("solver", "target", "benchmark"));

    public DashboardProperties {
        pushInterval = positiveOrDefault(pushInterval, Duration.ofSeconds(1), "push-interval");
        heartbeatInterval = positiveOrDefault(heartbeatInterval, Duration.ofSeconds(20), "heartbeat-interval");
        benchmarkReportDirectories = benchmarkReportDirectories == null
                ? DEFAULT_BENCHMARK_REPORT_DIRECTORIES
                : List.copyOf(benchmarkReportDirectories);
    }

    private static Duration positiveOrDefault(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("dlm.dashboard." + name + " must be positive, was " + value);
        }
        return value;
    }
}
