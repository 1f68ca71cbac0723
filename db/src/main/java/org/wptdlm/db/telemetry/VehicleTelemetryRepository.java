package org.wptdlm.db.telemetry;

import static org.wptdlm.db.jooq.Tables.VEHICLE_TELEMETRY;

import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.jooq.tables.records.VehicleTelemetryRecord;
import org.wptdlm.db.query.Chunks;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.telemetry.VehicleTelemetry;

/** Vehicle telemetry, written in batches by the MQTT ingest. */
@Repository
public class VehicleTelemetryRepository {

    private final DSLContext dsl;

    public VehicleTelemetryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores the readings with multi-row inserts; readings already stored (same vehicle, device time
     * and sequence: a redelivery) are skipped. Readings of unknown vehicles fail the whole call with
     * Spring's {@code DataIntegrityViolationException}: check them before.
     *
     * @return how many readings were new
     */
    public int insertAll(List<VehicleTelemetry> readings) {
        int inserted = 0;
        for (List<VehicleTelemetry> chunk : Chunks.of(readings)) {
            inserted += dsl.insertInto(VEHICLE_TELEMETRY, VEHICLE_TELEMETRY.fields())
                    .valuesOfRecords(chunk.stream()
                            .map(VehicleTelemetryRepository::toRecord)
                            .toList())
                    .onConflictDoNothing()
                    .execute();
        }
        return inserted;
    }

    /** A vehicle's readings in {@code range}, newest first, at most {@code limit}. */
    public List<VehicleTelemetry> findByVehicle(String vehicleId, TimeRange range, int limit) {
        Condition condition = VEHICLE_TELEMETRY.VEHICLE_ID.eq(vehicleId)
                .and(range.contains(VEHICLE_TELEMETRY.MEASURED_AT));
        return dsl.selectFrom(VEHICLE_TELEMETRY)
                .where(condition)
                .orderBy(VEHICLE_TELEMETRY.MEASURED_AT.desc(), VEHICLE_TELEMETRY.SEQUENCE.desc())
                .limit(limit)
                .fetch(Records.mapping(VehicleTelemetry::new));
    }

    /** The table's columns are in the order of the record's components, so one maps onto the other as a whole. */
    private static VehicleTelemetryRecord toRecord(VehicleTelemetry reading) {
        return new VehicleTelemetryRecord(
                reading.vehicleId(),
                reading.measuredAt(),
                reading.sequence(),
                reading.socPercent(),
                reading.latitude(),
                reading.longitude(),
                reading.receivedAt());
    }

    /** Deletes readings measured before {@code cutoff} (the retention policy); answers how many. */
    public int deleteMeasuredBefore(Instant cutoff) {
        return dsl.deleteFrom(VEHICLE_TELEMETRY)
                .where(VEHICLE_TELEMETRY.MEASURED_AT.lt(cutoff))
                .execute();
    }
}
