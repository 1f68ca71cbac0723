package org.wptdlm.db.situation;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.trueCondition;
import static org.wptdlm.db.jooq.Tables.CHARGING_REQUESTS;
import static org.wptdlm.db.jooq.Tables.HUBS;
import static org.wptdlm.db.jooq.Tables.NODES;
import static org.wptdlm.db.jooq.Tables.NODE_TELEMETRY;
import static org.wptdlm.db.jooq.Tables.PLANS;
import static org.wptdlm.db.jooq.Tables.VEHICLES;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.jooq.tables.records.NodeTelemetryRecord;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.situation.HubSituation;
import org.wptdlm.domain.situation.OpenRequest;
import org.wptdlm.domain.situation.PadSituation;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

/**
 * Hubs with everything their figures need, in one SQL statement per call however many hubs it
 * returns. The statement answers flat rows, grouped here by hub: a row per pad, with its latest fresh
 * reading (a lateral look-up on the telemetry's primary key) and the vehicle that reading names, and a
 * row per open request, with its vehicle; every row carries its hub's columns. Flat rows decode several
 * times faster than nested jOOQ multisets, whose JSON (timestamps as text above all) cost as much CPU as
 * the rest of the Hubs page (docs/BENCHMARKS.md).
 */
@Repository
public class HubSituationRepository {

    private static final List<ChargingRequestStatus> OPEN = List.of(ChargingRequestStatus.PENDING, ChargingRequestStatus.ACTIVE);

    /** The pad's latest fresh reading, a lateral subquery of node_telemetry under this name. */
    private static final org.wptdlm.db.jooq.tables.NodeTelemetry LATEST = NODE_TELEMETRY.as("latest");

    // The hub's columns, on every row.
    private static final Field<String> HUB_ID = HUBS.ID.as("hub_id");
    private static final Field<String> HUB_NAME = HUBS.NAME.as("hub_name");
    private static final Field<String> HUB_ADDRESS = HUBS.ADDRESS.as("hub_address");
    private static final Field<Double> HUB_LATITUDE = HUBS.LATITUDE.as("hub_latitude");
    private static final Field<Double> HUB_LONGITUDE = HUBS.LONGITUDE.as("hub_longitude");
    private static final Field<Double> HUB_GRID_LIMIT_KW = HUBS.GRID_LIMIT_KW.as("hub_grid_limit_kw");
    private static final Field<HubStatus> HUB_STATUS = HUBS.STATUS.as("hub_status");
    private static final Field<Instant> LAST_PLAN_AT = select(max(PLANS.CREATED_AT)).from(PLANS)
            .where(PLANS.HUB_ID.eq(HUBS.ID)).asField("last_plan_at");
    private static final List<Field<?>> HUB_COLUMNS = List.of(HUB_ID, HUB_NAME, HUB_ADDRESS, HUB_LATITUDE, HUB_LONGITUDE,
            HUB_GRID_LIMIT_KW, HUB_STATUS, LAST_PLAN_AT);

    // A pad row's columns: the pad, and its latest fresh reading if any.
    private static final Field<String> PAD_ID = NODES.ID.as("pad_id");
    private static final Field<Double> PAD_MAX_POWER_KW = NODES.MAX_POWER_KW.as("pad_max_power_kw");
    private static final Field<Double> PAD_EFFICIENCY = NODES.EFFICIENCY.as("pad_efficiency");
    private static final Field<PadStatus> PAD_STATUS = NODES.STATUS.as("pad_status");
    private static final Field<String> PAD_CIRCUIT_ID = NODES.CIRCUIT_ID.as("pad_circuit_id");
    private static final Field<Instant> READING_MEASURED_AT = LATEST.MEASURED_AT.as("reading_measured_at");
    private static final Field<Long> READING_SEQUENCE = LATEST.SEQUENCE.as("reading_sequence");
    private static final Field<Double> READING_POWER_KW = LATEST.POWER_KW.as("reading_power_kw");
    private static final Field<Double> READING_ENERGY_KWH = LATEST.ENERGY_KWH.as("reading_energy_kwh");
    private static final Field<Double> READING_ALIGNMENT_PERCENT = LATEST.ALIGNMENT_PERCENT.as("reading_alignment_percent");
    private static final Field<Boolean> READING_VEHICLE_PRESENT = LATEST.VEHICLE_PRESENT.as("reading_vehicle_present");
    private static final Field<String> READING_VEHICLE_ID = LATEST.VEHICLE_ID.as("reading_vehicle_id");
    private static final Field<Instant> READING_RECEIVED_AT = LATEST.RECEIVED_AT.as("reading_received_at");
    private static final List<Field<?>> PAD_COLUMNS = List.of(PAD_ID, PAD_MAX_POWER_KW, PAD_EFFICIENCY, PAD_STATUS,
            PAD_CIRCUIT_ID, READING_MEASURED_AT, READING_SEQUENCE, READING_POWER_KW, READING_ENERGY_KWH,
            READING_ALIGNMENT_PERCENT, READING_VEHICLE_PRESENT, READING_VEHICLE_ID, READING_RECEIVED_AT);

    // An open request row's columns.
    private static final Field<String> REQUEST_ID = CHARGING_REQUESTS.ID.as("request_id");
    private static final Field<String> REQUEST_VEHICLE_ID = CHARGING_REQUESTS.VEHICLE_ID.as("request_vehicle_id");
    private static final Field<String> REQUEST_PAD_ID = CHARGING_REQUESTS.NODE_ID.as("request_pad_id");
    private static final Field<Instant> REQUEST_ARRIVAL_AT = CHARGING_REQUESTS.ARRIVAL_AT.as("request_arrival_at");
    private static final Field<Instant> REQUEST_DEPARTURE_AT = CHARGING_REQUESTS.DEPARTURE_AT.as("request_departure_at");
    private static final Field<Double> REQUEST_TARGET_SOC_PERCENT = CHARGING_REQUESTS.TARGET_SOC_PERCENT.as("request_target_soc_percent");
    private static final Field<Double> REQUEST_ENERGY_KWH = CHARGING_REQUESTS.REQUESTED_ENERGY_KWH.as("request_energy_kwh");
    private static final Field<PriorityClass> REQUEST_PRIORITY_CLASS = CHARGING_REQUESTS.PRIORITY_CLASS.as("request_priority_class");
    private static final Field<ChargingRequestStatus> REQUEST_STATUS = CHARGING_REQUESTS.STATUS.as("request_status");
    private static final Field<Instant> REQUEST_CREATED_AT = CHARGING_REQUESTS.CREATED_AT.as("request_created_at");
    private static final List<Field<?>> REQUEST_COLUMNS = List.of(REQUEST_ID, REQUEST_VEHICLE_ID, REQUEST_PAD_ID,
            REQUEST_ARRIVAL_AT, REQUEST_DEPARTURE_AT, REQUEST_TARGET_SOC_PERCENT, REQUEST_ENERGY_KWH,
            REQUEST_PRIORITY_CLASS, REQUEST_STATUS, REQUEST_CREATED_AT);

    // The row's vehicle: the one the pad's reading names, or the one that made the request.
    private static final Field<String> VEHICLE_ID = VEHICLES.ID.as("vehicle_id");
    private static final Field<String> VEHICLE_NAME = VEHICLES.NAME.as("vehicle_name");
    private static final Field<Double> VEHICLE_BATTERY_KWH = VEHICLES.BATTERY_CAPACITY_KWH.as("vehicle_battery_kwh");
    private static final Field<Double> VEHICLE_MAX_CHARGE_KW = VEHICLES.MAX_CHARGE_POWER_KW.as("vehicle_max_charge_kw");
    private static final Field<Double> VEHICLE_SOC_PERCENT = VEHICLES.SOC_PERCENT.as("vehicle_soc_percent");
    private static final Field<PriorityClass> VEHICLE_PRIORITY_CLASS = VEHICLES.PRIORITY_CLASS.as("vehicle_priority_class");
    private static final List<Field<?>> VEHICLE_COLUMNS = List.of(VEHICLE_ID, VEHICLE_NAME, VEHICLE_BATTERY_KWH,
            VEHICLE_MAX_CHARGE_KW, VEHICLE_SOC_PERCENT, VEHICLE_PRIORITY_CLASS);

    /**
     * Where each column is in a row: every row has the hub's, the pad's, the vehicle's and the request's
     * columns in this order. Reading by position, not by {@code Record.get(Field)}, which compares the
     * aliased fields by name and cost as much as fetching the rows.
     */
    private static final Map<Field<?>, Integer> POSITIONS = positions(HUB_COLUMNS, PAD_COLUMNS, VEHICLE_COLUMNS, REQUEST_COLUMNS);

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
        CommonTableExpression<?> hubs = name("hub_page").as(select(HUB_COLUMNS)
                .from(HUBS)
                .where(condition)
                .orderBy(HUBS.ID)
                .limit(page.size())
                .offset(page.offset()));
        Field<String> hubId = hubs.field(HUB_ID);
        Table<NodeTelemetryRecord> latest = lateral(selectFrom(NODE_TELEMETRY)
                .where(NODE_TELEMETRY.HUB_ID.eq(NODES.HUB_ID))
                .and(NODE_TELEMETRY.NODE_ID.eq(NODES.ID))
                .and(NODE_TELEMETRY.MEASURED_AT.ge(freshSince))
                .orderBy(NODE_TELEMETRY.MEASURED_AT.desc(), NODE_TELEMETRY.SEQUENCE.desc())
                .limit(1)).as(LATEST.getName());
        var requestRows = select(hubs.fields())
                .select(nulls(PAD_COLUMNS))
                .select(VEHICLE_COLUMNS)
                .select(REQUEST_COLUMNS)
                .from(hubs)
                .join(CHARGING_REQUESTS).on(CHARGING_REQUESTS.HUB_ID.eq(hubId)).and(CHARGING_REQUESTS.STATUS.in(OPEN))
                .leftJoin(VEHICLES).on(VEHICLES.ID.eq(CHARGING_REQUESTS.VEHICLE_ID));
        Map<String, HubRows> byHub = new LinkedHashMap<>();
        dsl.with(hubs)
                .select(hubs.fields())
                .select(PAD_COLUMNS)
                .select(VEHICLE_COLUMNS)
                .select(nulls(REQUEST_COLUMNS))
                .from(hubs)
                .leftJoin(NODES).on(NODES.HUB_ID.eq(hubId))
                .leftJoin(latest).on(trueCondition())
                .leftJoin(VEHICLES).on(VEHICLES.ID.eq(LATEST.VEHICLE_ID))
                .unionAll(requestRows)
                .orderBy(HUB_ID, PAD_ID, REQUEST_ARRIVAL_AT, REQUEST_ID)
                .forEach(row -> byHub.computeIfAbsent(value(row, HUB_ID), id -> new HubRows(hub(row), value(row, LAST_PLAN_AT)))
                        .add(row));
        return byHub.values().stream().map(HubRows::situation).toList();
    }

    /** One hub's rows, gathered: a hub without pads has one row with no pad. */
    private static final class HubRows {

        private final Hub hub;
        private final Instant lastPlanAt;
        private final List<PadSituation> pads = new ArrayList<>();
        private final List<OpenRequest> openRequests = new ArrayList<>();

        HubRows(Hub hub, Instant lastPlanAt) {
            this.hub = hub;
            this.lastPlanAt = lastPlanAt;
        }

        void add(Record row) {
            if (value(row, PAD_ID) != null) {
                pads.add(padSituation(hub.id(), row));
            } else if (value(row, REQUEST_ID) != null) {
                openRequests.add(openRequest(hub.id(), row));
            }
        }

        HubSituation situation() {
            return new HubSituation(hub, pads, openRequests, lastPlanAt);
        }
    }

    private static Hub hub(Record row) {
        return new Hub(value(row, HUB_ID), value(row, HUB_NAME), value(row, HUB_ADDRESS), value(row, HUB_LATITUDE),
                value(row, HUB_LONGITUDE), value(row, HUB_GRID_LIMIT_KW), value(row, HUB_STATUS));
    }

    private static PadSituation padSituation(String hubId, Record row) {
        HubPad pad = new HubPad(hubId, value(row, PAD_ID), value(row, PAD_MAX_POWER_KW), value(row, PAD_EFFICIENCY),
                value(row, PAD_STATUS), value(row, PAD_CIRCUIT_ID));
        PadTelemetry reading = value(row, READING_MEASURED_AT) == null ? null : new PadTelemetry(hubId, pad.id(),
                value(row, READING_MEASURED_AT), value(row, READING_SEQUENCE), value(row, READING_POWER_KW),
                value(row, READING_ENERGY_KWH), value(row, READING_ALIGNMENT_PERCENT), value(row, READING_VEHICLE_PRESENT),
                value(row, READING_VEHICLE_ID), value(row, READING_RECEIVED_AT));
        return new PadSituation(pad, reading, vehicle(row));
    }

    private static OpenRequest openRequest(String hubId, Record row) {
        ChargingRequest request = new ChargingRequest(value(row, REQUEST_ID), hubId, value(row, REQUEST_VEHICLE_ID),
                value(row, REQUEST_PAD_ID), value(row, REQUEST_ARRIVAL_AT), value(row, REQUEST_DEPARTURE_AT),
                value(row, REQUEST_TARGET_SOC_PERCENT), value(row, REQUEST_ENERGY_KWH), value(row, REQUEST_PRIORITY_CLASS),
                value(row, REQUEST_STATUS), value(row, REQUEST_CREATED_AT));
        return new OpenRequest(request, vehicle(row));
    }

    private static Vehicle vehicle(Record row) {
        return value(row, VEHICLE_ID) == null ? null : new Vehicle(value(row, VEHICLE_ID), value(row, VEHICLE_NAME),
                value(row, VEHICLE_BATTERY_KWH), value(row, VEHICLE_MAX_CHARGE_KW), value(row, VEHICLE_SOC_PERCENT),
                value(row, VEHICLE_PRIORITY_CLASS));
    }

    @SafeVarargs
    private static Map<Field<?>, Integer> positions(List<Field<?>>... columnGroups) {
        Map<Field<?>, Integer> positions = new IdentityHashMap<>();
        Stream.of(columnGroups).flatMap(List::stream).forEach(column -> positions.put(column, positions.size()));
        return positions;
    }

    private static <T> T value(Record row, Field<T> column) {
        return column.getType().cast(row.get(POSITIONS.get(column)));
    }

    /** Typed nulls standing in, in the other kind of row, for {@code columns}. */
    private static List<SelectField<?>> nulls(List<Field<?>> columns) {
        return columns.stream().<SelectField<?>>map(column -> inline(null, column.getDataType()).as(column)).toList();
    }
}
