package org.wptdlm.web.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.wptdlm.web.dashboard.DashboardProperties;

/**
 * Finds the solver benchmark reports (HTML files) under the configured directories and resolves a
 * report's files for serving, never outside those directories.
 */
@Component
class BenchmarkReports {

    /** Timefold writes {@code <directory>/<run time>/index.html}; a little deeper leaves room for sub-folders per config. */
    private static final int MAX_DEPTH = 3;

    private final List<Path> directories;

    BenchmarkReports(DashboardProperties properties) {
        this.directories = properties.benchmarkReportDirectories();
    }

    /** Every report, newest first. A report folder's own pages (besides its index) are not listed. */
    List<BenchmarkReport> list() {
        List<BenchmarkReport> reports = new ArrayList<>();
        for (int root = 0; root < directories.size(); root++) {
            Path directory = directories.get(root);
            if (Files.isDirectory(directory)) {
                reports.addAll(reportsIn(root, directory));
            }
        }
        reports.sort(Comparator.comparing(BenchmarkReport::modifiedAt).reversed());
        return reports;
    }

    /** The file at {@code path} inside configured directory {@code root}, if it exists there. */
    Optional<Path> resolve(int root, String path) {
        if (root < 0 || root >= directories.size()) {
            return Optional.empty();
        }
        Path directory = directories.get(root).toAbsolutePath().normalize();
        Path file = directory.resolve(path).normalize();
        return file.startsWith(directory) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static List<BenchmarkReport> reportsIn(int root, Path directory) {
        try (Stream<Path> files = Files.walk(directory, MAX_DEPTH)) {
            return files
                    .filter(file -> file.getFileName().toString().endsWith(".html"))
                    .filter(BenchmarkReports::isReport)
                    .map(file -> report(root, directory, file))
                    .toList();
        } catch (IOException failure) {
            throw new UncheckedIOException("Benchmark reports in " + directory + " cannot be listed", failure);
        }
    }

    /** An index.html, or an HTML file that does not sit beside an index.html (then it is a page of that report). */
    private static boolean isReport(Path file) {
        return file.getFileName().toString().equals("index.html") || !Files.exists(file.resolveSibling("index.html"));
    }

    private static BenchmarkReport report(int root, Path directory, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String path = directory.relativize(file).toString().replace('\\', '/');
            return new BenchmarkReport(root, directory.toString(), path, attributes.lastModifiedTime().toInstant(),
                    attributes.size());
        } catch (IOException failure) {
            throw new UncheckedIOException("Benchmark report " + file + " cannot be read", failure);
        }
    }
}
