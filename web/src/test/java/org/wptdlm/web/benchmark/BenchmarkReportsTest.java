package org.wptdlm.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wptdlm.web.dashboard.DashboardProperties;

class BenchmarkReportsTest {

    @TempDir
    Path directory;

    @Test
    void resolvesFilesInsideTheDirectoryOnly() throws IOException {
        Path reports = Files.createDirectories(directory.resolve("reports"));
        Files.writeString(reports.resolve("index.html"), "report");
        Files.writeString(directory.resolve("outside.html"), "not a report");
        BenchmarkReports benchmarkReports = new BenchmarkReports(new DashboardProperties(null, null, List.of(reports)));

        assertThat(benchmarkReports.resolve(0, "index.html")).contains(reports.resolve("index.html").toAbsolutePath());
        assertThat(benchmarkReports.resolve(0, "../outside.html")).isEmpty();
        assertThat(benchmarkReports.resolve(0, "missing.html")).isEmpty();
        assertThat(benchmarkReports.resolve(1, "index.html")).isEmpty();
    }

    @Test
    void missingDirectoriesHaveNoReports() {
        BenchmarkReports benchmarkReports =
                new BenchmarkReports(new DashboardProperties(null, null, List.of(directory.resolve("none"))));

        assertThat(benchmarkReports.list()).isEmpty();
    }
}
