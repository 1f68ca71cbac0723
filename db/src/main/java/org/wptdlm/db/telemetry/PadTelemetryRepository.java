package org.wptdlm.db.telemetry;

import static org.wptdlm.db.jooq.Tables.NODE_TELEMETRY;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
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
     * Stores the readings with one statement whatever their number: each column goes as one array
     * parameter and {@code unnest} turns the arrays back into rows. A multi-row insert of 1,000
     * rows binds 10,000 values, which jOOQ renders and pgjdbc sends one by one; the ingest writes
     * 10,000 readings a second on two cores shared with the broker and PostgreSQL. Readings
     * already stored (same pad, device time and sequence: a redelivery) are skipped. Readings of
     * unknown pads fail the whole call with Spring's {@code DataIntegrityViolationException}:
     * check them before.
     *
     * @return how many readings were new
     */
    public int insertAll(List<PadTelemetry> readings) {
        if (readings.isEmpty()) {
            return 0;
        }
        int count = readings.size();
        String[] hubIds = new String[count];
        String[] padIds = new String[count];
        String[] measuredAt = new String[count];
        Long[] sequences = new Long[count];
        Double[] powerKw = new Double[count];
        Double[] energyKwh = new Double[count];
        Double[] alignmentPercent = new Double[count];
        Boolean[] vehiclePresent = new Boolean[count];
        String[] vehicleIds = new String[count];
        String[] receivedAt = new String[count];
        for (int i = 0; i < count; i++) {
            PadTelemetry reading = readings.get(i);
            hubIds[i] = reading.hubId();
            padIds[i] = reading.padId();
            measuredAt[i] = reading.measuredAt().toString();
            sequences[i] = reading.sequence();
            powerKw[i] = reading.powerKw();
            energyKwh[i] = reading.energyKwh();
            alignmentPercent[i] = reading.alignmentPercent();
            vehiclePresent[i] = reading.vehiclePresent();
            vehicleIds[i] = reading.vehicleId();
            receivedAt[i] = reading.receivedAt().toString();
        }
        // The arrays in the order of the table's columns. Instants go as ISO-8601 text (what
        // PostgreSQL parses for timestamptz), so the array's element type needs no converter.
        return dsl.execute("""
                insert into {0} ({1})
                select * from unnest({2}, {3}, {4}::timestamptz[], {5}, {6}, {7}, {8}, {9}, {10}, {11}::timestamptz[])
                on conflict do nothing""",
                NODE_TELEMETRY,
                DSL.list(Arrays.stream(NODE_TELEMETRY.fields()).map(column -> DSL.name(column.getName())).toList()),
                DSL.val(hubIds, SQLDataType.VARCHAR.array()),
                DSL.val(padIds, SQLDataType.VARCHAR.array()),
                DSL.val(measuredAt, SQLDataType.VARCHAR.array()),
                DSL.val(sequences, SQLDataType.BIGINT.array()),
                DSL.val(powerKw, SQLDataType.DOUBLE.array()),
                DSL.val(energyKwh, SQLDataType.DOUBLE.array()),
                DSL.val(alignmentPercent, SQLDataType.DOUBLE.array()),
                DSL.val(vehiclePresent, SQLDataType.BOOLEAN.array()),
                DSL.val(vehicleIds, SQLDataType.VARCHAR.array()),
                DSL.val(receivedAt, SQLDataType.VARCHAR.array()));
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

    /** Deletes readings measured before {@code cutoff} (the retention policy); answers how many. */
    public int deleteMeasuredBefore(Instant cutoff) {
        return dsl.deleteFrom(NODE_TELEMETRY)
                .where(NODE_TELEMETRY.MEASURED_AT.lt(cutoff))
                .execute();
    }
}
