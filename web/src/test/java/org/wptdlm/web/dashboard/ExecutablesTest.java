package org.wptdlm.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser tests find chromium and chromedriver where .ci/run's {@code command -v} does: on PATH. */
class ExecutablesTest {

    @TempDir
    Path directory;

    @Test
    void findsTheFirstExecutableOfThatNameOnPath() throws IOException {
        Path empty = Files.createDirectory(directory.resolve("empty"));
        Path local = Files.createDirectory(directory.resolve("local"));
        Path chromium = executable(local.resolve("chromium"));
        executable(Files.createDirectory(directory.resolve("later")).resolve("chromium"));

        String path = String.join(File.pathSeparator, empty.toString(), local.toString(), directory.resolve("later").toString());

        assertThat(Executables.find("chromium", null, path)).contains(chromium);
    }

    @Test
    void skipsAFileOfThatNameThatIsNotExecutable() throws IOException {
        Path plain = Files.createDirectory(directory.resolve("plain"));
        Files.writeString(plain.resolve("chromedriver"), "not a program");
        Path bin = Files.createDirectory(directory.resolve("bin"));
        Path chromedriver = executable(bin.resolve("chromedriver"));

        assertThat(Executables.find("chromedriver", null, plain + File.pathSeparator + bin)).contains(chromedriver);
    }

    @Test
    void anOverrideWinsOverPath() throws IOException {
        Path onPath = Files.createDirectory(directory.resolve("path"));
        executable(onPath.resolve("chromium"));

        assertThat(Executables.find("chromium", "/opt/chromium/chrome", onPath.toString()))
                .contains(Path.of("/opt/chromium/chrome"));
    }

    @Test
    void nothingWhenNoDirectoryOnPathHasIt() {
        assertThat(Executables.find("chromium", " ", directory.toString())).isEmpty();
        assertThat(Executables.find("chromium", null, null)).isEmpty();
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
