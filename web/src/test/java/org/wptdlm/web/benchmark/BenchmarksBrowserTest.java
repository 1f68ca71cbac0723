package org.wptdlm.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wptdlm.solver.cli.BenchmarkCommand;
import org.wptdlm.web.dashboard.Browser;
import picocli.CommandLine;

/**
 * The Benchmarks page in a browser with no network: a replay started from the page runs, is stored and
 * charted; a Timefold benchmarker report (written here by the {@code benchmark} command) draws its charts
 * with the assets the service serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenchmarksBrowserTest {

    private static final Path BUNDLED_DATA = Path.of("..", "benchmark-data").toAbsolutePath().normalize();
    private static Path reports;

    @LocalServerPort
    private int port;

    private Browser browser;

    @BeforeAll
    static void writeATimefoldReport() throws IOException {
        Path problems = Files.createTempDirectory("wptdlm-report-data-");
        Files.copy(BUNDLED_DATA.resolve("small.json"), problems.resolve("small.json"));
        reports = Files.createTempDirectory("wptdlm-reports-");
        int exit = new CommandLine(new BenchmarkCommand())
                .execute("--data", problems.toString(), "--out", reports.toString(), "--time-limit", "1s");
        assertThat(exit).isZero();
    }

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("dlm.benchmark.data-directory", BUNDLED_DATA::toString);
        registry.add("dlm.dashboard.benchmark-report-directories", () -> reports.toString());
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReplayStartedFromThePageIsStoredAndCharted() {
        browser.signIn("operator", "operator").go("/benchmarks");
        browser.screenshot("05-benchmarks");
        WebElement capacities = browser.find(By.id("capacities"));
        capacities.clear();
        capacities.sendKeys("20, 40");
        // Other tests store runs in the same database: this test's run is the one that was not there before.
        List<String> earlierRuns = runIds(browser.driver().findElements(By.cssSelector("#benchmark-runs tr[data-run-id]")));
        browser.find(By.id("start-replay")).click();

        WebElement finished = browser.waitFor(driver -> driver.findElements(By.cssSelector("#benchmark-runs tr[data-run-id]")).stream()
                .filter(row -> !earlierRuns.contains(row.getAttribute("data-run-id")) && row.getText().contains("FINISHED"))
                .findFirst().orElse(null));
        assertThat(finished.getText()).contains("acn-caltech-2019-03-user-estimates.json at 20.0, 40.0 kW", "FINISHED");
        finished.findElement(By.cssSelector("a.hub-name")).click();

        browser.find(By.cssSelector(".energy-chart[data-rendered='true'] canvas"));
        browser.find(By.cssSelector(".peak-chart[data-rendered='true'] canvas"));
        assertThat(browser.find(By.cssSelector("table.points")).getText()).contains("optimal", "llf", "20 kW", "40 kW");
        browser.screenshot("06-benchmark-run");
    }

    private static List<String> runIds(List<WebElement> rows) {
        return rows.stream().map(row -> row.getAttribute("data-run-id")).toList();
    }

    @Test
    void aTimefoldReportDrawsItsChartsWithoutTheInternet() {
        browser.signIn("operator", "operator").go("/benchmarks");
        String report = browser.find(By.cssSelector("#benchmark-reports a.hub-name")).getAttribute("href");
        browser.driver().get(report);

        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        Boolean drawn = browser.waitFor(driver -> (Boolean) page.executeScript(
                "var canvases = document.querySelectorAll('canvas');"
                        + "return typeof Chart !== 'undefined' && canvases.length > 0"
                        + " && Array.from(canvases).every(function (canvas) { return !!Chart.getChart(canvas); })"
                        + " || null;"));
        String font = (String) page.executeScript("return getComputedStyle(document.body).fontFamily");

        assertThat(drawn).isTrue();
        assertThat(font).as("Bootstrap's stylesheet applies").contains("system-ui");
        browser.screenshot("07-timefold-report");
    }
}
