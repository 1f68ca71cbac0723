package org.wptdlm.db.telemetry;

import static org.wptdlm.db.jooq.Tables.NODE_TELEMETRY;

import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.jooq.tables.records.NodeTelemetryRecord;
import org.wptdlm.db.query.Chunks;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.telemetry.PadTelemetry;

/** Pad telemetry, written in batches by the MQTT ingest. */
@Repository
public class PadTelemetryRepository {

    private final DSLContext dsl;

    public PadTelemetryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores the readings with multi-row inserts; readings already stored (same pad, device time and
     * sequence: a redelivery) are skipped. Readings of unknown pads fail the whole call with Spring's
     * {@code DataIntegrityViolationException}: check them before.
     *
     * @return how many readings were new
     */
    public int insertAll(List<PadTelemetry> readings) {
        int inserted = 0;
        for (List<PadTelemetry> chunk : Chunks.of(readings)) {
            inserted += dsl.insertInto(NODE_TELEMETRY, NODE_TELEMETRY.fields())
                    .valuesOfRecords(chunk.stream()
                            .map(PadTelemetryRepository::toRecord)
                            .toList())
                    .onConflictDoNothing()
                    .execute();
        }
        return inserted;
    }

    /** A pad's readings in {@code range}, newest first, at most {@code limit}. */
    public List<PadTelemetry> findByPad(String hubId, String padId, TimeRange range, int limit) {
        Condition condition = NODE_TELEMETRY.HUB_ID.eq(hubId).and(NODE_TELEMETRY.NODE_ID.eq(padId))
                .and(range.contains(NODE_TELEMETRY.MEASURED_AT));
        return dsl.selectFrom(NODE_TELEMETRY)
                .where(condition)
                .orderBy(NODE_TELEMETRY.MEASURED_AT.desc(), NODE_TELEMETRY.SEQUENCE.desc())
                .limit(limit)
                .fetch(Records.mapping(PadTelemetry::new));
    }

    /** The table's columns are in the order of the record's components, so one maps onto the other as a whole. */
    private static NodeTelemetryRecord toRecord(PadTelemetry reading) {
        return new NodeTelemetryRecord(
                reading.hubId(),
                reading.padId(),
                reading.measuredAt(),
                reading.sequence(),
                reading.powerKw(),
                reading.energyKwh(),
                reading.alignmentPercent(),
                reading.vehiclePresent(),
                reading.vehicleId(),
                reading.receivedAt());
    }

    /** Deletes readings measured before {@code cutoff} (the retention policy); answers how many. */
    public int deleteMeasuredBefore(Instant cutoff) {
        return dsl.deleteFrom(NODE_TELEMETRY)
                .where(NODE_TELEMETRY.MEASURED_AT.lt(cutoff))
                .execute();
    }
}
