package org.wptdlm.web.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The bundled benchmark files: session-replay files (they list {@code stations}) and planning problems
 * (they describe a {@code hub}), in the configured data directory. Files are named, never given by
 * path, so a request cannot reach outside that directory.
 */
@Component
public class BenchmarkData {

    /** A file's kind shows in its first characters: both contracts put their header fields first. */
    private static final int HEAD_CHARS = 4096;

    private final Path directory;

    BenchmarkData(BenchmarkProperties properties) {
        this.directory = properties.dataDirectory();
    }

    public Path directory() {
        return directory.toAbsolutePath().normalize();
    }

    /** Session-replay files by name. */
    public List<String> sessionFiles() {
        return files().filter(file -> head(file).contains("\"stations\"")).map(BenchmarkData::name).toList();
    }

    /** Planning-problem files by name: the synthetic instances. */
    public List<Path> problemFiles() {
        return files().filter(file -> head(file).contains("\"hub\"")).toList();
    }

    /** The session-replay file of that name, if it is one of the bundled ones. */
    public Optional<Path> sessionFile(String name) {
        return sessionFiles().contains(name) ? Optional.of(directory.resolve(name)) : Optional.empty();
    }

    private Stream<Path> files() {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(file -> name(file).endsWith(".json")).sorted().toList().stream();
        } catch (IOException failure) {
            throw new UncheckedIOException("Benchmark data in " + directory + " cannot be listed", failure);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static String head(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[HEAD_CHARS];
            int read = reader.read(buffer);
            return read <= 0 ? "" : new String(buffer, 0, read);
        } catch (IOException failure) {
            throw new UncheckedIOException("Benchmark file " + file + " cannot be read", failure);
        }
    }
}
