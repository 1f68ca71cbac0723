package org.wptdlm.db.signal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.jooq.JSONB;
import org.wptdlm.domain.signal.GridLimitStep;
import org.wptdlm.domain.signal.SignalInterval;

/**
 * The JSON columns of grid signals: signal_schedules.intervals and plans.grid_limit_steps (instants
 * as ISO strings). An empty list of steps is stored as null: the plan recorded none.
 */
public final class SignalJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<SignalInterval>> INTERVALS = new TypeReference<>() {};
    private static final TypeReference<List<GridLimitStep>> STEPS = new TypeReference<>() {};

    private SignalJson() {}

    static JSONB intervals(List<SignalInterval> intervals) {
        return JSONB.valueOf(write(intervals));
    }

    static List<SignalInterval> intervals(JSONB json) {
        return read(json, INTERVALS);
    }

    public static JSONB steps(List<GridLimitStep> steps) {
        return steps.isEmpty() ? null : JSONB.valueOf(write(steps));
    }

    public static List<GridLimitStep> steps(JSONB json) {
        return json == null ? List.of() : read(json, STEPS);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Signal data cannot be written as JSON", e);
        }
    }

    private static <T> T read(JSONB json, TypeReference<T> type) {
        try {
            return JSON.readValue(json.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored signal data are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
