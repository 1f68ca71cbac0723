package org.wptdlm.ingest.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.mqtt.TopicKind;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * Turns a received payload into the record of its topic, or rejects it with a reason: oversized,
 * malformed JSON, a field out of range, a timestamp too old or too far ahead. Fast and
 * side-effect free, so the MQTT callback can call it.
 */
public final class PayloadParser {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final int maxPayloadBytes;
    private final Duration staleAfter;
    private final Duration maxClockAhead;

    public PayloadParser(Clock clock, int maxPayloadBytes, Duration staleAfter, Duration maxClockAhead) {
        this.mapper = mapper();
        this.clock = clock;
        this.maxPayloadBytes = maxPayloadBytes;
        this.staleAfter = staleAfter;
        this.maxClockAhead = maxClockAhead;
    }

    /**
     * The mapper for MQTT payloads, read and written: unknown fields are ignored (newer firmware
     * may send more), NaN and Infinity are read so that they can be rejected as such, trailing
     * garbage is malformed; instants are ISO-8601 strings, null fields are left out.
     */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** The validated payload record for {@code topic}. */
    public Object parse(Topic topic, byte[] payload) {
        if (payload.length > maxPayloadBytes) {
            throw new PayloadRejectedException(
                    RejectionReason.OVERSIZED_PAYLOAD, payload.length + " bytes, limit " + maxPayloadBytes);
        }
        Object record = read(payload, recordType(topic.kind()));
        checkTimestamp(record);
        if (record instanceof GridScheduleMessage schedule) {
            schedule.check(topic.kind().signalKind(), clock.instant());
        }
        return record;
    }

    private static Class<?> recordType(TopicKind kind) {
        return switch (kind) {
            case HUB_INFO -> HubInfoMessage.class;
            case PAD_INFO -> PadInfoMessage.class;
            case HUB_STATUS -> HubStatusMessage.class;
            case PAD_STATUS -> PadStatusMessage.class;
            case VEHICLE_TELEMETRY -> VehicleTelemetryMessage.class;
            case PAD_TELEMETRY -> PadTelemetryMessage.class;
            case DLM_EVENT -> HubEventMessage.class;
            case CHARGING_REQUEST -> ChargingRequestMessage.class;
            case GRID_LIMITS, GRID_PRICES, GRID_CARBON -> GridScheduleMessage.class;
            case SITE_METER -> SiteMeterMessage.class;
        };
    }

    /** Syntax first (malformed JSON), then fields (invalid field, or the record's own reason). */
    private Object read(byte[] payload, Class<?> type) {
        JsonNode tree;
        try {
            tree = mapper.readTree(payload);
        } catch (IOException e) {
            throw new PayloadRejectedException(RejectionReason.MALFORMED_JSON, firstLine(e.getMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new PayloadRejectedException(RejectionReason.MALFORMED_JSON, "payload is empty or JSON null");
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof PayloadRejectedException rejected) {
                throw rejected;
            }
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, firstLine(e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, fieldMessage(e));
        }
    }

    private static String fieldMessage(JacksonException e) {
        String field = e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                ? mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName()
                : null;
        String message = firstLine(e.getOriginalMessage());
        return field == null ? message : field + ": " + message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private void checkTimestamp(Object record) {
        if (!(record instanceof DeviceTimestamped timestamped)
                || record instanceof HubEventMessage event && event.fromService()) {
            return;
        }
        Instant ts = timestamped.ts();
        Instant now = clock.instant();
        if (ts.isBefore(now.minus(staleAfter))) {
            throw new PayloadRejectedException(
                    RejectionReason.STALE_TIMESTAMP, "ts " + ts + " is older than " + staleAfter);
        }
        if (ts.isAfter(now.plus(maxClockAhead))) {
            throw new PayloadRejectedException(
                    RejectionReason.FUTURE_TIMESTAMP, "ts " + ts + " is more than " + maxClockAhead + " ahead");
        }
    }
}
