package org.wptdlm.ingest.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wptdlm.db.telemetry.PadTelemetryRepository;
import org.wptdlm.db.telemetry.VehicleTelemetryRepository;

/** Deletes raw telemetry older than {@code dlm.ingest.telemetry-retention-days}, daily. */
@Component
class TelemetryRetention {

    private static final Logger log = LoggerFactory.getLogger(TelemetryRetention.class);

    private final VehicleTelemetryRepository vehicleReadings;
    private final PadTelemetryRepository padReadings;
    private final IngestSettings settings;
    private final Clock clock;

    TelemetryRetention(VehicleTelemetryRepository vehicleReadings, PadTelemetryRepository padReadings,
            IngestSettings settings, Clock clock) {
        this.vehicleReadings = vehicleReadings;
        this.padReadings = padReadings;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${dlm.ingest.retention-cron:0 30 3 * * *}")
    void deleteExpired() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.telemetryRetentionDays()));
        int vehicles = vehicleReadings.deleteMeasuredBefore(cutoff);
        int pads = padReadings.deleteMeasuredBefore(cutoff);
        log.info("Telemetry retention: deleted {} vehicle and {} pad readings measured before {}", vehicles, pads, cutoff);
    }
}
