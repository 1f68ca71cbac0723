package org.wptdlm.db.situation;

import static org.wptdlm.db.jooq.Tables.CHARGING_REQUESTS;
import static org.wptdlm.db.jooq.Tables.HUBS;
import static org.wptdlm.db.jooq.Tables.NODES;
import static org.wptdlm.db.jooq.Tables.NODE_TELEMETRY;
import static org.wptdlm.db.jooq.Tables.PLANS;
import static org.wptdlm.db.jooq.Tables.VEHICLES;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.trueCondition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.jooq.tables.Vehicles;
import org.wptdlm.db.jooq.tables.records.NodeTelemetryRecord;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.node.Node;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.situation.HubSituation;
import org.wptdlm.domain.situation.OpenRequest;
import org.wptdlm.domain.situation.PadSituation;
import org.wptdlm.domain.telemetry.NodeTelemetry;
import org.wptdlm.domain.vehicle.Vehicle;

/**
 * Hubs with everything their figures need, in one SQL statement per call however many hubs it
 * returns: pads with their latest reading (a lateral look-up on the telemetry's primary key), open
 * requests with their vehicles (nested as jOOQ multisets) and the time of the latest plan.
 */
@Repository
public class HubSituationRepository {

    private static final List<ChargingRequestStatus> OPEN = List.of(ChargingRequestStatus.PENDING, ChargingRequestStatus.ACTIVE);

    private final DSLContext dsl;

    public HubSituationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A page of hubs by id, with readings measured at or after {@code freshSince}. */
    public List<HubSituation> findAll(Instant freshSince, PageQuery page) {
        return fetch(trueCondition(), freshSince, page);
    }

    public Optional<HubSituation> findById(String hubId, Instant freshSince) {
        return fetch(HUBS.ID.eq(hubId), freshSince, new PageQuery(0, 1)).stream().findFirst();
    }

    private List<HubSituation> fetch(Condition condition, Instant freshSince, PageQuery page) {
        Field<List<PadSituation>> pads = pads(freshSince);
        Field<List<OpenRequest>> openRequests = openRequests();
        Field<Instant> lastPlanAt = select(max(PLANS.CREATED_AT)).from(PLANS).where(PLANS.HUB_ID.eq(HUBS.ID)).asField("last_plan_at");
        return dsl.select(HUBS.ID, HUBS.NAME, HUBS.ADDRESS, HUBS.LATITUDE, HUBS.LONGITUDE, HUBS.GRID_LIMIT_KW, HUBS.STATUS,
                        pads, openRequests, lastPlanAt)
                .from(HUBS)
                .where(condition)
                .orderBy(HUBS.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(row -> new HubSituation(
                        new Hub(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7()),
                        row.get(pads), row.get(openRequests), row.get(lastPlanAt)));
    }

    private static final Table<NodeTelemetryRecord> LATEST = NODE_TELEMETRY.as("latest");
    private static final Vehicles READING_VEHICLE = VEHICLES.as("reading_vehicle");
    private static final Vehicles REQUEST_VEHICLE = VEHICLES.as("request_vehicle");

    private static Field<List<PadSituation>> pads(Instant freshSince) {
        Table<NodeTelemetryRecord> latest = lateral(selectFrom(NODE_TELEMETRY)
                .where(NODE_TELEMETRY.HUB_ID.eq(NODES.HUB_ID))
                .and(NODE_TELEMETRY.NODE_ID.eq(NODES.ID))
                .and(NODE_TELEMETRY.MEASURED_AT.ge(freshSince))
                .orderBy(NODE_TELEMETRY.MEASURED_AT.desc(), NODE_TELEMETRY.SEQUENCE.desc())
                .limit(1)).as(LATEST.getName());
        return multiset(select(NODES.HUB_ID, NODES.ID, NODES.MAX_POWER_KW, NODES.EFFICIENCY, NODES.STATUS, NODES.CIRCUIT_ID)
                .select(latest.fields())
                .select(READING_VEHICLE.fields())
                .from(NODES)
                .leftJoin(latest).on(trueCondition())
                .leftJoin(READING_VEHICLE).on(READING_VEHICLE.ID.eq(latest.field(NODE_TELEMETRY.VEHICLE_ID)))
                .where(NODES.HUB_ID.eq(HUBS.ID))
                .orderBy(NODES.ID))
                .convertFrom(records -> records.map(HubSituationRepository::padSituation));
    }

    private static Field<List<OpenRequest>> openRequests() {
        return multiset(select(CHARGING_REQUESTS.fields())
                .select(REQUEST_VEHICLE.fields())
                .from(CHARGING_REQUESTS)
                .leftJoin(REQUEST_VEHICLE).on(REQUEST_VEHICLE.ID.eq(CHARGING_REQUESTS.VEHICLE_ID))
                .where(CHARGING_REQUESTS.HUB_ID.eq(HUBS.ID))
                .and(CHARGING_REQUESTS.STATUS.in(OPEN))
                .orderBy(CHARGING_REQUESTS.ARRIVAL_AT, CHARGING_REQUESTS.ID))
                .convertFrom(records -> records.map(HubSituationRepository::openRequest));
    }

    private static PadSituation padSituation(Record row) {
        Node pad = new Node(row.get(NODES.HUB_ID), row.get(NODES.ID), row.get(NODES.MAX_POWER_KW), row.get(NODES.EFFICIENCY),
                row.get(NODES.STATUS), row.get(NODES.CIRCUIT_ID));
        Field<Instant> measuredAt = LATEST.field(NODE_TELEMETRY.MEASURED_AT);
        NodeTelemetry reading = row.get(measuredAt) == null ? null : new NodeTelemetry(pad.hubId(), pad.id(),
                row.get(measuredAt), row.get(LATEST.field(NODE_TELEMETRY.SEQUENCE)),
                row.get(LATEST.field(NODE_TELEMETRY.POWER_KW)), row.get(LATEST.field(NODE_TELEMETRY.ENERGY_KWH)),
                row.get(LATEST.field(NODE_TELEMETRY.ALIGNMENT_PERCENT)), row.get(LATEST.field(NODE_TELEMETRY.VEHICLE_PRESENT)),
                row.get(LATEST.field(NODE_TELEMETRY.VEHICLE_ID)), row.get(LATEST.field(NODE_TELEMETRY.RECEIVED_AT)));
        return new PadSituation(pad, reading, vehicle(row, READING_VEHICLE));
    }

    private static OpenRequest openRequest(Record row) {
        ChargingRequest request = new ChargingRequest(row.get(CHARGING_REQUESTS.ID), row.get(CHARGING_REQUESTS.HUB_ID),
                row.get(CHARGING_REQUESTS.VEHICLE_ID), row.get(CHARGING_REQUESTS.NODE_ID), row.get(CHARGING_REQUESTS.ARRIVAL_AT),
                row.get(CHARGING_REQUESTS.DEPARTURE_AT), row.get(CHARGING_REQUESTS.TARGET_SOC_PERCENT),
                row.get(CHARGING_REQUESTS.REQUESTED_ENERGY_KWH), row.get(CHARGING_REQUESTS.PRIORITY_CLASS),
                row.get(CHARGING_REQUESTS.STATUS), row.get(CHARGING_REQUESTS.CREATED_AT));
        return new OpenRequest(request, vehicle(row, REQUEST_VEHICLE));
    }

    private static Vehicle vehicle(Record row, Vehicles table) {
        return row.get(table.ID) == null ? null : new Vehicle(row.get(table.ID), row.get(table.NAME),
                row.get(table.BATTERY_CAPACITY_KWH), row.get(table.MAX_CHARGE_POWER_KW), row.get(table.SOC_PERCENT),
                row.get(table.PRIORITY_CLASS));
    }
}
