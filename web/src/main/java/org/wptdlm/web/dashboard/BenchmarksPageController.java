package org.wptdlm.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/** The Benchmarks page: links to the solver benchmark reports, which it serves with their images and scripts. */
@Controller
class BenchmarksPageController {

    private static final String REPORTS = "/benchmarks/reports/";

    private final BenchmarkReports reports;
    private final DashboardProperties properties;

    BenchmarksPageController(BenchmarkReports reports, DashboardProperties properties) {
        this.reports = reports;
        this.properties = properties;
    }

    @GetMapping("/benchmarks")
    String benchmarks(Model model) {
        model.addAttribute("reports", reports.list());
        model.addAttribute("directories", properties.benchmarkReportDirectories().stream()
                .map(directory -> directory.toAbsolutePath().normalize().toString()).toList());
        return "dashboard/benchmarks";
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
