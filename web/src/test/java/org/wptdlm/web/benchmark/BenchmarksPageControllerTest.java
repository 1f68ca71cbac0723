package org.wptdlm.web.benchmark;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.wptdlm.web.dashboard.ChartJson;
import org.wptdlm.web.dashboard.DashboardClock;
import org.wptdlm.web.dashboard.DashboardProperties;
import org.wptdlm.web.dashboard.DisplayFormat;

@WebMvcTest(BenchmarksPageController.class)
@Import({BenchmarkReports.class, DisplayFormat.class, DashboardClock.class, BenchmarkData.class, ChartJson.class})
@EnableConfigurationProperties({DashboardProperties.class, BenchmarkProperties.class})
@WithMockUser(roles = "OPERATOR")
class BenchmarksPageControllerTest {

    private static Path reports;

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private BenchmarkJobs jobs;

    @BeforeAll
    static void writeAReport() throws IOException {
        reports = Files.createTempDirectory("wptdlm-benchmarks-");
        Path run = Files.createDirectories(reports.resolve("2026-11-23_101500"));
        Files.writeString(run.resolve("index.html"), "<html><head>"
                + "<script src=\"https://buttons.github.io/buttons.js\"></script>"
                + "<script src=\"https://cdn.jsdelivr.net/npm/chart.js@4.3.3/dist/chart.umd.min.js\"></script>"
                + "</head><body>Greedy against local search</body></html>");
        Files.writeString(run.resolve("solver-0.html"), "<html><body>one solver</body></html>");
        Files.writeString(run.resolve("chart.png"), "png");
        Files.writeString(reports.resolve("secret.txt"), "outside any report");
    }

    @DynamicPropertySource
    static void reportDirectory(DynamicPropertyRegistry registry) {
        registry.add("dlm.dashboard.benchmark-report-directories", () -> reports.toString());
    }

    @Test
    void listsEachReportByItsRunOnce() throws Exception {
        mvc.perform(get("/benchmarks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/benchmarks/reports/0/2026-11-23_101500/index.html\"")))
                .andExpect(content().string(containsString(">2026-11-23_101500</a>")))
                .andExpect(content().string(not(containsString("solver-0.html\""))));
    }

    @Test
    void servesTheReportAndItsFiles() throws Exception {
        mvc.perform(get("/benchmarks/reports/0/2026-11-23_101500/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("Greedy against local search")))
                .andExpect(content().string(containsString("src=\"/webjars/chart.js/4.3.3/dist/chart.umd.js\"")))
                .andExpect(content().string(not(containsString("https://"))));
        mvc.perform(get("/benchmarks/reports/0/2026-11-23_101500/chart.png"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
    }

    @Test
    void neverServesAnythingOutsideTheReportDirectories() throws Exception {
        // The firewall already refuses dot segments (400); the controller would answer 404.
        mvc.perform(get("/benchmarks/reports/0/../../etc/passwd")).andExpect(status().is4xxClientError());
        mvc.perform(get("/benchmarks/reports/0/%2E%2E/%2E%2E/etc/passwd")).andExpect(status().is4xxClientError());
        mvc.perform(get("/benchmarks/reports/0/secret.txt/..%2F..%2Fetc")).andExpect(status().is4xxClientError());
        mvc.perform(get("/benchmarks/reports/7/index.html")).andExpect(status().isNotFound());
    }
}
