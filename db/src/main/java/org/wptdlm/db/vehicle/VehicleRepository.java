package org.wptdlm.db.vehicle;

import static org.wptdlm.db.jooq.Tables.VEHICLES;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.jooq.tables.records.VehiclesRecord;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

/** Vehicles. A second insert of an id fails with Spring's {@code DuplicateKeyException}. */
@Repository
public class VehicleRepository {

    private final DSLContext dsl;

    public VehicleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Vehicle> findById(String id) {
        return selectVehicle()
                .from(VEHICLES)
                .where(VEHICLES.ID.eq(id))
                .fetchOptional(Records.mapping(Vehicle::new));
    }

    /** Those of the vehicles that are stored, by id. */
    public List<Vehicle> findAllById(Collection<String> ids) {
        return selectVehicle()
                .from(VEHICLES)
                .where(VEHICLES.ID.in(ids))
                .fetch(Records.mapping(Vehicle::new));
    }

    public boolean exists(String id) {
        return dsl.fetchExists(VEHICLES, VEHICLES.ID.eq(id));
    }

    /** Vehicles ordered by id, optionally only those of {@code priorityClass} (null: all). */
    public ResultPage<Vehicle> findAll(PriorityClass priorityClass, PageQuery page) {
        Condition condition = priorityClass == null ? DSL.noCondition() : VEHICLES.PRIORITY_CLASS.eq(priorityClass);
        var vehicles = selectVehicle()
                .from(VEHICLES)
                .where(condition)
                .orderBy(VEHICLES.ID)
                .limit(page.size())
                .offset(page.offset())
                .fetch(Records.mapping(Vehicle::new));
        return ResultPage.of(vehicles, page, dsl.fetchCount(VEHICLES, condition));
    }

    public void insert(Vehicle vehicle) {
        dsl.insertInto(VEHICLES)
                .set(toRecord(vehicle))
                .execute();
    }

    /** Replaces the vehicle's description; false when there is no such vehicle. */
    public boolean update(Vehicle vehicle) {
        return dsl.update(VEHICLES)
                .set(toRecord(vehicle))
                .where(VEHICLES.ID.eq(vehicle.id()))
                .execute() == 1;
    }

    /** Records the last known state of charge from telemetry; false when there is no such vehicle. */
    public boolean updateSoc(String id, double socPercent) {
        return dsl.update(VEHICLES)
                .set(VEHICLES.SOC_PERCENT, socPercent)
                .where(VEHICLES.ID.eq(id))
                .execute() == 1;
    }

    /** Deletes the vehicle with its charging requests and telemetry. */
    public boolean delete(String id) {
        return dsl.deleteFrom(VEHICLES)
                .where(VEHICLES.ID.eq(id))
                .execute() == 1;
    }

    private SelectSelectStep<Record6<String, String, Double, Double, Double, PriorityClass>> selectVehicle() {
        return dsl.select(
                VEHICLES.ID,
                VEHICLES.NAME,
                VEHICLES.BATTERY_CAPACITY_KWH,
                VEHICLES.MAX_CHARGE_POWER_KW,
                VEHICLES.SOC_PERCENT,
                VEHICLES.PRIORITY_CLASS);
    }

    private static VehiclesRecord toRecord(Vehicle vehicle) {
        VehiclesRecord record = new VehiclesRecord();
        record.setId(vehicle.id());
        record.setName(vehicle.name());
        record.setBatteryCapacityKwh(vehicle.batteryCapacityKwh());
        record.setMaxChargePowerKw(vehicle.maxChargePowerKw());
        record.setSocPercent(vehicle.socPercent());
        record.setPriorityClass(vehicle.priorityClass());
        return record;
    }
}
