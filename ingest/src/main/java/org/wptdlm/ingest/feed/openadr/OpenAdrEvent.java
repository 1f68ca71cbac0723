package org.wptdlm.ingest.feed.openadr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The part of an OpenADR 3 event object this VEN reads (3.0.1 schema; other fields are ignored).
 * Durations are ISO 8601 strings ({@code PT1H}); {@code intervalPeriod} on the event is the default
 * start and duration of intervals that carry none of their own.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpenAdrEvent(
        String id,
        @JsonProperty("programID") String programId,
        String eventName,
        List<ValuesMap> targets,
        List<PayloadDescriptor> payloadDescriptors,
        IntervalPeriod intervalPeriod,
        List<Interval> intervals) {

    /** A type and its values: a target ({@code RESOURCE_NAME: [..]}) or a payload ({@code IMPORT_CAPACITY_LIMIT: [50.0]}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ValuesMap(String type, List<JsonNode> values) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PayloadDescriptor(String payloadType, String units) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IntervalPeriod(String start, String duration) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interval(Integer id, IntervalPeriod intervalPeriod, List<ValuesMap> payloads) {}
}
