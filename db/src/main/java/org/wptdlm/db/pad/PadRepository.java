package org.wptdlm.db.pad;

import static org.wptdlm.db.jooq.Tables.CHARGING_REQUESTS;
import static org.wptdlm.db.jooq.Tables.NODES;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.db.jooq.tables.records.NodesRecord;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;

/**
 * The pads of the hubs, identified by hub id and pad id. Inserting a pad of an unknown hub (or
 * circuit) fails with Spring's {@code DataIntegrityViolationException}, a second insert of the same
 * ids with its {@code DuplicateKeyException}.
 */
@Repository
public class PadRepository {

    private final DSLContext dsl;

    public PadRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<HubPad> findById(String hubId, String id) {
        return selectPad()
                .from(NODES)
                .where(NODES.HUB_ID.eq(hubId))
                .and(NODES.ID.eq(id))
                .fetchOptional(Records.mapping(HubPad::new));
    }

    /** A hub's pads ordered by id, optionally only those in {@code status} (null: all). */
    public ResultPage<HubPad> findByHub(String hubId, PadStatus status, PageQuery page) {
        Condition condition = NODES.HUB_ID.eq(hubId);
        if (status != null) {
            condition = condition.and(NODES.STATUS.eq(status));
        }
        var pads = selectPad()
                .from(NODES)
                .where(condition)
                .orderBy(NODES.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(Records.mapping(HubPad::new));
        return ResultPage.of(pads, page, dsl.fetchCount(NODES, condition));
    }

    /** All pads of a hub, ordered by id: what the planner needs. */
    public List<HubPad> findAllByHub(String hubId) {
        return selectPad()
                .from(NODES)
                .where(NODES.HUB_ID.eq(hubId))
                .orderBy(NODES.ID)
                .fetch(Records.mapping(HubPad::new));
    }

    public int countByHub(String hubId) {
        return dsl.fetchCount(NODES, NODES.HUB_ID.eq(hubId));
    }

    public void insert(HubPad pad) {
        dsl.insertInto(NODES)
                .set(toRecord(pad))
                .execute();
    }

    /** Replaces the pad's description; false when there is no such pad. */
    public boolean update(HubPad pad) {
        return dsl.update(NODES)
                .set(toRecord(pad))
                .where(NODES.HUB_ID.eq(pad.hubId()))
                .and(NODES.ID.eq(pad.id()))
                .execute() == 1;
    }

    /** Inserts or replaces, as a pad's retained {@code info} message does. */
    public void upsert(HubPad pad) {
        NodesRecord record = toRecord(pad);
        dsl.insertInto(NODES)
                .set(record)
                .onConflict(NODES.HUB_ID, NODES.ID)
                .doUpdate()
                .set(record)
                .execute();
    }

    /** False when there is no such pad. */
    public boolean updateStatus(String hubId, String id, PadStatus status) {
        return dsl.update(NODES)
                .set(NODES.STATUS, status)
                .where(NODES.HUB_ID.eq(hubId))
                .and(NODES.ID.eq(id))
                .execute() == 1;
    }

    /** Deletes the pad and its telemetry; charging requests that named it keep their vehicle but lose the pad. */
    @Transactional
    public boolean delete(String hubId, String id) {
        dsl.update(CHARGING_REQUESTS)
                .setNull(CHARGING_REQUESTS.NODE_ID)
                .where(CHARGING_REQUESTS.HUB_ID.eq(hubId))
                .and(CHARGING_REQUESTS.NODE_ID.eq(id))
                .execute();
        return dsl.deleteFrom(NODES)
                .where(NODES.HUB_ID.eq(hubId))
                .and(NODES.ID.eq(id))
                .execute() == 1;
    }

    private SelectSelectStep<Record6<String, String, Double, Double, PadStatus, String>> selectPad() {
        return dsl.select(
                NODES.HUB_ID,
                NODES.ID,
                NODES.MAX_POWER_KW,
                NODES.EFFICIENCY,
                NODES.STATUS,
                NODES.CIRCUIT_ID);
    }

    private static NodesRecord toRecord(HubPad pad) {
        NodesRecord record = new NodesRecord();
        record.setHubId(pad.hubId());
        record.setId(pad.id());
        record.setMaxPowerKw(pad.maxPowerKw());
        record.setEfficiency(pad.efficiency());
        record.setStatus(pad.status());
        record.setCircuitId(pad.circuitId());
        return record;
    }
}
