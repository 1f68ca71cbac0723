package org.wptdlm.db.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wptdlm.db.TestData.vehicle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;

class VehicleRepositoryTest extends RepositoryTest {

    @Autowired
    VehicleRepository vehicles;

    @Test
    void insertedVehicleIsReadBackAndDuplicatesAreRefused() {
        Vehicle vehicle = vehicle("ev-1");

        vehicles.insert(vehicle);

        assertThat(vehicles.findById("ev-1")).contains(vehicle);
        assertThatThrownBy(() -> vehicles.insert(vehicle)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void vehicleWithoutKnownStateOfChargeKeepsNull() {
        Vehicle unknownSoc = new Vehicle("ev-2", null, 40.0, 7.4, null, PriorityClass.NORMAL);

        vehicles.insert(unknownSoc);

        assertThat(vehicles.findById("ev-2")).contains(unknownSoc);
    }

    @Test
    void updatesReplaceTheDescriptionOrTheStateOfCharge() {
        vehicles.insert(vehicle("ev-1"));
        Vehicle ambulance = new Vehicle("ev-1", "Ambulance", 90.0, 22.0, 15.0, PriorityClass.EMERGENCY);

        assertThat(vehicles.update(ambulance)).isTrue();
        assertThat(vehicles.updateSoc("ev-1", 55.5)).isTrue();
        assertThat(vehicles.updateSoc("ev-404", 55.5)).isFalse();
        assertThat(vehicles.findById("ev-1")).hasValueSatisfying(vehicle -> {
            assertThat(vehicle.name()).isEqualTo("Ambulance");
            assertThat(vehicle.socPercent()).isEqualTo(55.5);
        });
    }

    @Test
    void databaseRefusesAStateOfChargeAbove100() {
        vehicles.insert(vehicle("ev-1"));

        assertThatThrownBy(() -> vehicles.updateSoc("ev-1", 100.5)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void listingFiltersByPriorityClassAndDeleteRemoves() {
        vehicles.insert(vehicle("ev-1"));
        vehicles.insert(new Vehicle("ev-2", null, 60.0, 11.0, 50.0, PriorityClass.NORMAL));

        var fleet = vehicles.findAll(PriorityClass.FLEET, new PageQuery(0, 10));
        assertThat(fleet.items()).extracting(Vehicle::id).containsExactly("ev-1");
        assertThat(vehicles.delete("ev-1")).isTrue();
        assertThat(vehicles.findAll(null, new PageQuery(0, 10)).totalItems()).isEqualTo(1);
    }
}
