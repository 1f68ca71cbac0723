package org.wptdlm.web.vehicle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.web.system.ConflictException;
import org.wptdlm.web.system.NotFoundException;

@Service
@Transactional
public class VehicleService {

    private static final Logger log = LoggerFactory.getLogger(VehicleService.class);

    private final VehicleRepository vehicles;

    VehicleService(VehicleRepository vehicles) {
        this.vehicles = vehicles;
    }

    @Transactional(readOnly = true)
    ResultPage<Vehicle> list(PriorityClass priorityClass, PageQuery page) {
        return vehicles.findAll(priorityClass, page);
    }

    @Transactional(readOnly = true)
    Vehicle get(String vehicleId) {
        return vehicles.findById(vehicleId).orElseThrow(() -> new NotFoundException("vehicle", vehicleId));
    }

    Vehicle create(Vehicle vehicle) {
        if (vehicles.exists(vehicle.id())) {
            throw new ConflictException("A vehicle with id '" + vehicle.id() + "' already exists.");
        }
        vehicles.insert(vehicle);
        log.info("Vehicle {} created", vehicle.id());
        return vehicle;
    }

    Vehicle replace(Vehicle vehicle) {
        if (!vehicles.update(vehicle)) {
            throw new NotFoundException("vehicle", vehicle.id());
        }
        log.info("Vehicle {} replaced", vehicle.id());
        return vehicle;
    }

    void delete(String vehicleId) {
        if (!vehicles.delete(vehicleId)) {
            throw new NotFoundException("vehicle", vehicleId);
        }
        log.info("Vehicle {} deleted with its charging requests and telemetry", vehicleId);
    }
}
