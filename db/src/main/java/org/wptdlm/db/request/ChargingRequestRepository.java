package org.wptdlm.db.request;

import static org.wptdlm.db.jooq.Tables.CHARGING_REQUESTS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record11;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.jooq.tables.records.ChargingRequestsRecord;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.request.EndedStay;
import org.wptdlm.domain.vehicle.PriorityClass;

/**
 * Charging requests. Inserting one for an unknown hub or vehicle fails with Spring's
 * {@code DataIntegrityViolationException}, a second insert of an id with its {@code DuplicateKeyException}.
 */
@Repository
public class ChargingRequestRepository {

    private static final List<ChargingRequestStatus> OPEN = List.of(ChargingRequestStatus.PENDING, ChargingRequestStatus.ACTIVE);

    private final DSLContext dsl;

    public ChargingRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ChargingRequest> findById(String id) {
        return selectRequest()
                .from(CHARGING_REQUESTS)
                .where(CHARGING_REQUESTS.ID.eq(id))
                .fetchOptional(Records.mapping(ChargingRequest::new));
    }

    /** Requests ordered by creation, newest first. */
    public ResultPage<ChargingRequest> findAll(ChargingRequestFilter filter, PageQuery page) {
        Condition condition = matching(filter);
        var requests = selectRequest()
                .from(CHARGING_REQUESTS)
                .where(condition)
                .orderBy(CHARGING_REQUESTS.CREATED_AT.desc(), CHARGING_REQUESTS.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(Records.mapping(ChargingRequest::new));
        return ResultPage.of(requests, page, dsl.fetchCount(CHARGING_REQUESTS, condition));
    }

    /** The requests a hub's planner still has to serve (pending or active), by departure. */
    public List<ChargingRequest> findOpenByHub(String hubId) {
        return selectRequest()
                .from(CHARGING_REQUESTS)
                .where(CHARGING_REQUESTS.HUB_ID.eq(hubId))
                .and(CHARGING_REQUESTS.STATUS.in(OPEN))
                .orderBy(CHARGING_REQUESTS.DEPARTURE_AT, CHARGING_REQUESTS.ID)
                .fetch(Records.mapping(ChargingRequest::new));
    }

    public void insert(ChargingRequest request) {
        dsl.insertInto(CHARGING_REQUESTS)
                .set(toRecord(request))
                .execute();
    }

    /** Replaces the request (its creation time stays); false when there is no such request. */
    public boolean update(ChargingRequest request) {
        ChargingRequestsRecord record = toRecord(request);
        record.changed(CHARGING_REQUESTS.CREATED_AT, false);
        return dsl.update(CHARGING_REQUESTS)
                .set(record)
                .where(CHARGING_REQUESTS.ID.eq(request.id()))
                .execute() == 1;
    }

    /** False when there is no such request. */
    public boolean updateStatus(String id, ChargingRequestStatus status) {
        return dsl.update(CHARGING_REQUESTS)
                .set(CHARGING_REQUESTS.STATUS, status)
                .where(CHARGING_REQUESTS.ID.eq(id))
                .execute() == 1;
    }

    /** Marks the request completed: its vehicle left at {@code endedAt}. False when there is no such request. */
    public boolean complete(String id, Instant endedAt) {
        return dsl.update(CHARGING_REQUESTS)
                .set(CHARGING_REQUESTS.STATUS, ChargingRequestStatus.COMPLETED)
                .set(CHARGING_REQUESTS.ENDED_AT, endedAt)
                .where(CHARGING_REQUESTS.ID.eq(id))
                .execute() == 1;
    }

    /**
     * Every hub's latest {@code perHub} completed stays with a known end, in the order they ended: what
     * the departure models learn from at start.
     */
    public List<EndedStay> findLatestEndedStays(int perHub) {
        Field<Integer> rank = DSL.rowNumber()
                .over(DSL.partitionBy(CHARGING_REQUESTS.HUB_ID)
                        .orderBy(CHARGING_REQUESTS.ENDED_AT.desc(), CHARGING_REQUESTS.ID.desc()))
                .as("rank");
        Table<?> ranked = dsl.select(
                        CHARGING_REQUESTS.HUB_ID,
                        CHARGING_REQUESTS.VEHICLE_ID,
                        CHARGING_REQUESTS.ARRIVAL_AT,
                        CHARGING_REQUESTS.DEPARTURE_AT,
                        CHARGING_REQUESTS.ENDED_AT,
                        CHARGING_REQUESTS.ID,
                        rank)
                .from(CHARGING_REQUESTS)
                .where(CHARGING_REQUESTS.ENDED_AT.isNotNull())
                .asTable("ranked");
        return dsl.select(
                        ranked.field(CHARGING_REQUESTS.HUB_ID),
                        ranked.field(CHARGING_REQUESTS.VEHICLE_ID),
                        ranked.field(CHARGING_REQUESTS.ARRIVAL_AT),
                        ranked.field(CHARGING_REQUESTS.DEPARTURE_AT),
                        ranked.field(CHARGING_REQUESTS.ENDED_AT))
                .from(ranked)
                .where(ranked.field(rank).le(perHub))
                .orderBy(ranked.field(CHARGING_REQUESTS.ENDED_AT), ranked.field(CHARGING_REQUESTS.ID))
                .fetch(Records.mapping(EndedStay::new));
    }

    /** Marks open requests whose departure has passed as expired; returns how many. */
    public int expireDepartedBefore(Instant now) {
        return dsl.update(CHARGING_REQUESTS)
                .set(CHARGING_REQUESTS.STATUS, ChargingRequestStatus.EXPIRED)
                .where(CHARGING_REQUESTS.STATUS.in(OPEN))
                .and(CHARGING_REQUESTS.DEPARTURE_AT.le(now))
                .execute();
    }

    public boolean delete(String id) {
        return dsl.deleteFrom(CHARGING_REQUESTS)
                .where(CHARGING_REQUESTS.ID.eq(id))
                .execute() == 1;
    }

    private SelectSelectStep<Record11<String, String, String, String, Instant, Instant, Double, Double,
            PriorityClass, ChargingRequestStatus, Instant>> selectRequest() {
        return dsl.select(
                CHARGING_REQUESTS.ID,
                CHARGING_REQUESTS.HUB_ID,
                CHARGING_REQUESTS.VEHICLE_ID,
                CHARGING_REQUESTS.NODE_ID,
                CHARGING_REQUESTS.ARRIVAL_AT,
                CHARGING_REQUESTS.DEPARTURE_AT,
                CHARGING_REQUESTS.TARGET_SOC_PERCENT,
                CHARGING_REQUESTS.REQUESTED_ENERGY_KWH,
                CHARGING_REQUESTS.PRIORITY_CLASS,
                CHARGING_REQUESTS.STATUS,
                CHARGING_REQUESTS.CREATED_AT);
    }

    private static ChargingRequestsRecord toRecord(ChargingRequest request) {
        ChargingRequestsRecord record = new ChargingRequestsRecord();
        record.setId(request.id());
        record.setHubId(request.hubId());
        record.setVehicleId(request.vehicleId());
        record.setNodeId(request.padId());
        record.setArrivalAt(request.arrivalAt());
        record.setDepartureAt(request.departureAt());
        record.setTargetSocPercent(request.targetSocPercent());
        record.setRequestedEnergyKwh(request.requestedEnergyKwh());
        record.setPriorityClass(request.priorityClass());
        record.setStatus(request.status());
        record.setCreatedAt(request.createdAt());
        return record;
    }

    private static Condition matching(ChargingRequestFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.hubId() != null) {
            condition = condition.and(CHARGING_REQUESTS.HUB_ID.eq(filter.hubId()));
        }
        if (filter.vehicleId() != null) {
            condition = condition.and(CHARGING_REQUESTS.VEHICLE_ID.eq(filter.vehicleId()));
        }
        if (filter.status() != null) {
            condition = condition.and(CHARGING_REQUESTS.STATUS.eq(filter.status()));
        }
        return condition;
    }
}
