package org.wptdlm.web.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Finds a program as {@code command -v} in {@code .ci/run} does: the first executable of that name
 * on {@code PATH}, unless an override names one (a system property, else an environment variable).
 */
final class Executables {

    private Executables() {
    }

    /**
     * The program to run: the override when set, else {@code name} found on the process's PATH, else
     * {@code name} itself (not executable, so the browser tests say what is missing).
     */
    static Path locate(String name, String property, String environmentVariable) {
        String override = System.getProperty(property);
        if (override == null || override.isBlank()) {
            override = System.getenv(environmentVariable);
        }
        return find(name, override, System.getenv("PATH")).orElse(Path.of(name));
    }

    /** The override when set, else the first executable {@code name} in the directories of {@code path}. */
    static Optional<Path> find(String name, String override, String path) {
        if (override != null && !override.isBlank()) {
            return Optional.of(Path.of(override));
        }
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
