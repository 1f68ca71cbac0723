package org.wptdlm.ingest.store;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How accepted telemetry reaches the database ({@code dlm.ingest.*}).
 *
 * @param flushInterval buffered readings are written at least this often
 * @param batchSize readings per insert batch
 * @param bufferCapacity readings held while the database is unreachable; beyond it, new telemetry
 *     is refused as overloaded rather than silently dropped
 * @param writeBehindCapacity entity, request, plan and event writes held while the database is
 *     unreachable; beyond it, new writes are dropped, counted and logged (the live model keeps them)
 * @param telemetryRetentionDays raw telemetry older than this is deleted by the retention job
 * @param retentionCron when the retention job runs
 */
@Validated
@ConfigurationProperties(prefix = "dlm.ingest")
public record IngestSettings(
        @NotNull @DefaultValue("200ms") Duration flushInterval,
        @Positive @DefaultValue("2000") int batchSize,
        @Positive @DefaultValue("1000000") int bufferCapacity,
        @Positive @DefaultValue("100000") int writeBehindCapacity,
        @Min(1) @DefaultValue("30") int telemetryRetentionDays,
        @NotBlank @DefaultValue("0 30 3 * * *") String retentionCron) {}
