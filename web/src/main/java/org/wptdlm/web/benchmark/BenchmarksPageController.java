package org.wptdlm.web.benchmark;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;
import org.wptdlm.domain.benchmark.BenchmarkKind;
import org.wptdlm.solver.replay.Replayer;
import org.wptdlm.web.dashboard.ChartJson;
import org.wptdlm.web.dashboard.DashboardProperties;

/**
 * The Benchmarks page: start a benchmark (a replay over a capacity sweep, or the synthetic instances),
 * follow its progress, see stored runs as charts and compare them side by side; and the Timefold
 * benchmarker's HTML reports, which it serves with their images and scripts.
 */
@Controller
class BenchmarksPageController {

    private static final String REPORTS = "/benchmarks/reports/";

    private final BenchmarkReports reports;
    private final DashboardProperties properties;
    private final BenchmarkJobs jobs;
    private final BenchmarkData data;
    private final BenchmarkProperties benchmarkProperties;
    private final ChartJson chartJson;

    BenchmarksPageController(BenchmarkReports reports, DashboardProperties properties, BenchmarkJobs jobs,
            BenchmarkData data, BenchmarkProperties benchmarkProperties, ChartJson chartJson) {
        this.reports = reports;
        this.properties = properties;
        this.jobs = jobs;
        this.data = data;
        this.benchmarkProperties = benchmarkProperties;
        this.chartJson = chartJson;
    }

    @GetMapping("/benchmarks")
    String benchmarks(Model model) {
        model.addAttribute("reports", reports.list());
        model.addAttribute("directories", properties.benchmarkReportDirectories().stream()
                .map(directory -> directory.toAbsolutePath().normalize().toString()).toList());
        model.addAttribute("sessionFiles", data.sessionFiles());
        model.addAttribute("problemFiles", data.problemFiles().stream().map(file -> file.getFileName().toString()).toList());
        model.addAttribute("dataDirectory", data.directory().toString());
        model.addAttribute("replayStrategies", Replayer.STRATEGIES);
        model.addAttribute("plannerStrategies", BenchmarkJobs.PLANNER_STRATEGIES);
        model.addAttribute("runs", jobs.latestRuns(benchmarkProperties.keptRuns()));
        model.addAttribute("job", jobs.current().orElse(null));
        return "dashboard/benchmarks";
    }

    /** The progress bar; a page that polled a job that has now ended reloads to show the stored run. */
    @GetMapping("/benchmarks/progress")
    String progress(@RequestParam(defaultValue = "false") boolean polling, Model model, HttpServletResponse response) {
        BenchmarkJob.Progress job = jobs.current().orElse(null);
        if (polling && (job == null || job.done())) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "dashboard/benchmarks :: progress";
    }

    @PostMapping("/benchmarks/start")
    String start(@RequestParam BenchmarkKind kind, @RequestParam(required = false) String sessionFile,
            @RequestParam(required = false) String capacitiesKw, @RequestParam(required = false) List<String> strategies,
            @RequestParam(required = false) Integer timeLimitSeconds, Model model, HttpServletResponse response) {
        try {
            jobs.start(new BenchmarkRequest(kind, sessionFile, capacities(capacitiesKw), strategies, timeLimitSeconds)
                    .parameters(data));
            return "redirect:/benchmarks";
        } catch (BenchmarkBusyException busy) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("startError", busy.getMessage());
        } catch (IllegalArgumentException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("startError", invalid.getMessage());
        }
        return benchmarks(model);
    }

    @PostMapping("/benchmarks/cancel")
    String cancel() {
        jobs.cancel();
        return "redirect:/benchmarks";
    }

    /** Stored runs side by side (one or more ids), each as its charts. */
    @GetMapping("/benchmarks/compare")
    String compare(@RequestParam List<Long> ids, Model model) {
        List<BenchmarkRunView> views = jobs.runs(ids).stream()
                .map(run -> new BenchmarkRunView(run, chartJson.write(BenchmarkCharts.energy(run)),
                        chartJson.write(BenchmarkCharts.peak(run))))
                .toList();
        if (views.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There are no benchmark runs " + ids + ".");
        }
        model.addAttribute("views", views);
        return "dashboard/benchmark-runs";
    }

    private static List<Double> capacities(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,\\s]+")).filter(part -> !part.isBlank()).map(Double::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Capacities are numbers in kW separated by commas, e.g. 10, 20, 30.");
        }
    }

    /** Report pages come with their CDN assets pointed at this service (see {@link OfflineReportAssets}). */
    @GetMapping(REPORTS + "{root}/**")
    ResponseEntity<?> reportFile(@PathVariable int root, HttpServletRequest request) throws IOException {
        String prefix = request.getContextPath() + REPORTS + root + "/";
        String path = UriUtils.decode(request.getRequestURI().substring(prefix.length()), StandardCharsets.UTF_8);
        Path file = reports.resolve(root, path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no benchmark report file " + path + "."));
        if (file.getFileName().toString().endsWith(".html")) {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(OfflineReportAssets.rewrite(html, request.getContextPath()));
        }
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type).body(new FileSystemResource(file));
    }
}
