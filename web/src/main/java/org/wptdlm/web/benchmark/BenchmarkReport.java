package org.wptdlm.web.benchmark;

import java.time.Instant;

/**
 * A solver benchmark report found on disk.
 *
 * @param root index of the configured directory it was found in (its address is relative to that directory)
 * @param directory the configured directory, as configured
 * @param path the report's path inside {@code directory}, with forward slashes
 */
record BenchmarkReport(int root, String directory, String path, Instant modifiedAt, long sizeBytes) {

    /** The name a person recognises: the report's folder (Timefold names it after the run's time) or the file. */
    public String title() {
        int slash = path.lastIndexOf('/');
        if (path.endsWith("/index.html") && slash > 0) {
            String folder = path.substring(0, slash);
            return folder.substring(folder.lastIndexOf('/') + 1);
        }
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
