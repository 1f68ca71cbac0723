package org.wptdlm.ingest.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.rejection.RejectionReason;

/** Every number a hub or vehicle sends is held to the physical ranges of {@code PhysicalLimits}. */
class PhysicalRangesTest {

    private final PayloadParser parser = new PayloadParser(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC),
            4096, Duration.ofMinutes(15), Duration.ofMinutes(2));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "iot/hubs/h1/info                 | {\"name\":\"H\",\"latitude\":1,\"longitude\":1,\"gridLimitKw\":0}              | gridLimitKw",
        "iot/hubs/h1/info                 | {\"name\":\"H\",\"latitude\":1,\"longitude\":1,\"gridLimitKw\":1e308}          | gridLimitKw",
        "iot/hubs/h1/info                 | {\"name\":\"H\",\"latitude\":1,\"longitude\":1,\"gridLimitKw\":100000.5}       | gridLimitKw",
        "iot/hubs/h1/info                 | {\"name\":\"H\\u0000\",\"latitude\":1,\"longitude\":1,\"gridLimitKw\":50}      | name",
        "iot/hubs/h1/info                 | {\"name\":\"H\",\"latitude\":1,\"longitude\":1,\"gridLimitKw\":50,\"circuits\":[{\"id\":\"c\",\"limitKw\":1e300}]} | circuits[].limitKw",
        "iot/hubs/h1/nodes/p1/info        | {\"maxPowerKw\":1000.5,\"efficiency\":0.9}                                      | maxPowerKw",
        "iot/hubs/h1/nodes/p1/info        | {\"maxPowerKw\":11,\"efficiency\":1e-320}                                       | efficiency",
        "iot/hubs/h1/nodes/p1/info        | {\"maxPowerKw\":11,\"efficiency\":0.49}                                         | efficiency",
        "iot/hubs/h1/nodes/p1/telemetry   | {\"ts\":\"2026-03-01T11:59:00Z\",\"powerKw\":1e308,\"energyKwh\":1}  | powerKw",
        "iot/hubs/h1/dlm/events           | {\"type\":\"GRID_LIMIT_CHANGED\",\"ts\":\"2026-03-01T11:59:00Z\",\"gridLimitKw\":1e308} | gridLimitKw",
        "iot/hubs/h1/dlm/events           | {\"type\":\"GRID_LIMIT_CHANGED\",\"ts\":\"2026-03-01T11:59:00Z\",\"gridLimitKw\":0}     | gridLimitKw",
        "iot/hubs/h1/status               | {\"ts\":\"2026-03-01T11:59:00Z\",\"state\":\"ONLINE\",\"baseLoadKw\":1e308}   | baseLoadKw",
        "iot/vehicles/ev-1/telemetry      | {\"ts\":\"2026-03-01T11:59:00Z\",\"socPercent\":50,\"batteryCapacityKwh\":1001} | batteryCapacityKwh",
        "iot/vehicles/ev-1/telemetry      | {\"ts\":\"2026-03-01T11:59:00Z\",\"socPercent\":50,\"maxChargePowerKw\":1e6}    | maxChargePowerKw",
    })
    void outOfRangeNumbersAndControlCharactersAreRejectedNamingTheField(String topic, String json, String field) {
        assertThatThrownBy(() -> parser.parse(Topic.parse(topic).orElseThrow(), json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PayloadRejectedException.class)
                .hasMessageContaining(field)
                .satisfies(rejected -> assertThat(((PayloadRejectedException) rejected).reason())
                        .isIn(RejectionReason.INVALID_FIELD, RejectionReason.NOT_A_NUMBER));
    }
}
