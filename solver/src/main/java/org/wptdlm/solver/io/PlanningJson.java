package org.wptdlm.solver.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.wptdlm.solver.replay.ReplayTariff;
import org.wptdlm.domain.planning.InvalidProblemException;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.PlanningProblemValidator;
import org.wptdlm.domain.planning.SessionReplay;

/**
 * Reads and writes the three file contracts. Unknown fields are ignored (contracts grow by optional
 * fields); a missing or mistyped field is reported by its JSON path, e.g. {@code sessions[3].energyKwh}.
 */
public final class PlanningJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private PlanningJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads and validates a planning-problem file. */
    public static PlanningProblem readProblem(Path file) {
        PlanningProblem problem = read(file, PlanningProblem.class);
        PlanningProblemValidator.requireValid(problem);
        return problem;
    }

    public static PlanningProblem parseProblem(String json) {
        PlanningProblem problem;
        try {
            problem = MAPPER.readValue(json, PlanningProblem.class);
        } catch (JacksonException e) {
            throw invalid(e);
        }
        PlanningProblemValidator.requireValid(problem);
        return problem;
    }

    public static Plan readPlan(Path file) {
        return read(file, Plan.class);
    }

    public static SessionReplay readReplay(Path file) {
        return read(file, SessionReplay.class);
    }

    /** Reads a replay tariff file (time-of-use price and carbon tables, see {@link ReplayTariff.File}). */
    public static ReplayTariff.File readTariff(Path file) {
        return read(file, ReplayTariff.File.class);
    }

    /** Whether a JSON file is a session-replay file (it lists {@code stations}) rather than a planning problem. */
    public static boolean isSessionReplay(Path file) {
        try {
            return MAPPER.readTree(file.toFile()).has("stations");
        } catch (JacksonException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static void write(Path file, Object value) {
        try {
            MAPPER.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(Path file, Class<T> type) {
        if (!Files.isReadable(file)) {
            throw new InvalidProblemException(List.of("file " + file + " cannot be read"));
        }
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (JacksonException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static InvalidProblemException invalid(JacksonException e) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        String detail = e.getOriginalMessage();
        return new InvalidProblemException(List.of(field.isEmpty() ? "malformed JSON: " + detail : field + ": " + detail));
    }

    /** Jackson's reference chain as the JSON path a person reads: {@code sessions[3].energyKwh}. */
    static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
