package org.wptdlm.db.hub;

import static org.wptdlm.db.jooq.Tables.HUBS;

import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.jooq.Record7;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.jooq.tables.records.HubsRecord;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;

/** Hubs. A second insert of an id fails with Spring's {@code DuplicateKeyException}. */
@Repository
public class HubRepository {

    private final DSLContext dsl;

    public HubRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Hub> findById(String id) {
        return selectHub()
                .from(HUBS)
                .where(HUBS.ID.eq(id))
                .fetchOptional(Records.mapping(Hub::new));
    }

    public boolean exists(String id) {
        return dsl.fetchExists(HUBS, HUBS.ID.eq(id));
    }

    /** Hubs ordered by id. */
    public ResultPage<Hub> findAll(HubFilter filter, PageQuery page) {
        Condition condition = matching(filter);
        var hubs = selectHub()
                .from(HUBS)
                .where(condition)
                .orderBy(HUBS.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(Records.mapping(Hub::new));
        return ResultPage.of(hubs, page, dsl.fetchCount(HUBS, condition));
    }

    public void insert(Hub hub) {
        dsl.insertInto(HUBS)
                .set(toRecord(hub))
                .execute();
    }

    /** Replaces the hub's description; false when there is no such hub. */
    public boolean update(Hub hub) {
        return dsl.update(HUBS)
                .set(toRecord(hub))
                .where(HUBS.ID.eq(hub.id()))
                .execute() == 1;
    }

    /** Inserts or replaces, as a hub controller's retained {@code info} message does. */
    public void upsert(Hub hub) {
        HubsRecord record = toRecord(hub);
        dsl.insertInto(HUBS)
                .set(record)
                .onConflict(HUBS.ID)
                .doUpdate()
                .set(record)
                .execute();
    }

    /** False when there is no such hub; status reports of unknown hubs are not hubs. */
    public boolean updateStatus(String id, HubStatus status) {
        return dsl.update(HUBS)
                .set(HUBS.STATUS, status)
                .where(HUBS.ID.eq(id))
                .execute() == 1;
    }

    /**
     * Deletes the hub with its circuits, charging requests, plans and DLM events. A hub that still has
     * pads is not deleted: the database refuses (Spring's {@code DataIntegrityViolationException}).
     */
    public boolean delete(String id) {
        return dsl.deleteFrom(HUBS)
                .where(HUBS.ID.eq(id))
                .execute() == 1;
    }

    private SelectSelectStep<Record7<String, String, String, Double, Double, Double, HubStatus>> selectHub() {
        return dsl.select(
                HUBS.ID,
                HUBS.NAME,
                HUBS.ADDRESS,
                HUBS.LATITUDE,
                HUBS.LONGITUDE,
                HUBS.GRID_LIMIT_KW,
                HUBS.STATUS);
    }

    /** Only the described columns: the DLM event counter and the creation time stay as they are. */
    private static HubsRecord toRecord(Hub hub) {
        HubsRecord record = new HubsRecord();
        record.setId(hub.id());
        record.setName(hub.name());
        record.setAddress(hub.address());
        record.setLatitude(hub.latitude());
        record.setLongitude(hub.longitude());
        record.setGridLimitKw(hub.gridLimitKw());
        record.setStatus(hub.status());
        return record;
    }

    private static Condition matching(HubFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.status() != null) {
            condition = condition.and(HUBS.STATUS.eq(filter.status()));
        }
        if (filter.nameContains() != null) {
            condition = condition.and(HUBS.NAME.containsIgnoreCase(filter.nameContains()));
        }
        return condition;
    }
}
