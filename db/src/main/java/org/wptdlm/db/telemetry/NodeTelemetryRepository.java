package org.wptdlm.db.telemetry;

import static org.wptdlm.db.jooq.Tables.NODE_TELEMETRY;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.query.Chunks;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.telemetry.NodeTelemetry;

/** Pad telemetry, written in batches by the MQTT ingest. */
@Repository
public class NodeTelemetryRepository {

    private final DSLContext dsl;

    public NodeTelemetryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores the readings with multi-row inserts; readings already stored (same pad, device time and
     * sequence: a redelivery) are skipped. Readings of unknown pads fail the whole call with Spring's
     * {@code DataIntegrityViolationException}: check them before.
     *
     * @return how many readings were new
     */
    public int insertAll(List<NodeTelemetry> readings) {
        int inserted = 0;
        for (List<NodeTelemetry> chunk : Chunks.of(readings)) {
            inserted += dsl.insertInto(NODE_TELEMETRY,
                            NODE_TELEMETRY.HUB_ID,
                            NODE_TELEMETRY.NODE_ID,
                            NODE_TELEMETRY.MEASURED_AT,
                            NODE_TELEMETRY.SEQUENCE,
                            NODE_TELEMETRY.POWER_KW,
                            NODE_TELEMETRY.ENERGY_KWH,
                            NODE_TELEMETRY.ALIGNMENT_PERCENT,
                            NODE_TELEMETRY.VEHICLE_PRESENT,
                            NODE_TELEMETRY.VEHICLE_ID,
                            NODE_TELEMETRY.RECEIVED_AT)
                    .valuesOfRows(chunk.stream()
                            .map(reading -> DSL.row(
                                    reading.hubId(),
                                    reading.nodeId(),
                                    reading.measuredAt(),
                                    reading.sequence(),
                                    reading.powerKw(),
                                    reading.energyKwh(),
                                    reading.alignmentPercent(),
                                    reading.vehiclePresent(),
                                    reading.vehicleId(),
                                    reading.receivedAt()))
                            .toList())
                    .onConflictDoNothing()
                    .execute();
        }
        return inserted;
    }

    /** A pad's readings in {@code range}, newest first, at most {@code limit}. */
    public List<NodeTelemetry> findByNode(String hubId, String nodeId, TimeRange range, int limit) {
        Condition condition = NODE_TELEMETRY.HUB_ID.eq(hubId).and(NODE_TELEMETRY.NODE_ID.eq(nodeId))
                .and(range.contains(NODE_TELEMETRY.MEASURED_AT));
        return dsl.select(
                        NODE_TELEMETRY.HUB_ID,
                        NODE_TELEMETRY.NODE_ID,
                        NODE_TELEMETRY.MEASURED_AT,
                        NODE_TELEMETRY.SEQUENCE,
                        NODE_TELEMETRY.POWER_KW,
                        NODE_TELEMETRY.ENERGY_KWH,
                        NODE_TELEMETRY.ALIGNMENT_PERCENT,
                        NODE_TELEMETRY.VEHICLE_PRESENT,
                        NODE_TELEMETRY.VEHICLE_ID,
                        NODE_TELEMETRY.RECEIVED_AT)
                .from(NODE_TELEMETRY)
                .where(condition)
                .orderBy(NODE_TELEMETRY.MEASURED_AT.desc(), NODE_TELEMETRY.SEQUENCE.desc())
                .limit(limit)
                .fetch(Records.mapping(NodeTelemetry::new));
    }
}
