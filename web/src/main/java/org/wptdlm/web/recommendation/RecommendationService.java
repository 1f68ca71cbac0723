package org.wptdlm.web.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.telemetry.VehicleTelemetryRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.telemetry.VehicleTelemetry;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.recommendation.GeoPoint;
import org.wptdlm.solver.recommendation.PlannedHub;
import org.wptdlm.solver.recommendation.RecommendationRanker;
import org.wptdlm.solver.recommendation.VehicleState;
import org.wptdlm.web.plan.CurrentPlan;
import org.wptdlm.web.plan.LivePlans;

/**
 * Reads what the query leaves out from the stored vehicle and its telemetry, and ranks the hubs that
 * have a live plan (thin I/O around {@link RecommendationRanker}).
 */
@Service
@EnableConfigurationProperties(RecommendationProperties.class)
class RecommendationService {

    private final LivePlans livePlans;
    private final HubDirectory hubs;
    private final VehicleRepository vehicles;
    private final VehicleTelemetryRepository telemetry;
    private final RecommendationProperties properties;
    private final CriticalityRule criticality;
    private final RecommendationRanker ranker;
    private final Clock clock;

    RecommendationService(LivePlans livePlans, HubDirectory hubs, VehicleRepository vehicles,
            VehicleTelemetryRepository telemetry, RecommendationProperties properties, CriticalityRule criticality,
            ObjectProvider<Planner> planner, ObjectProvider<Clock> clock) {
        this.livePlans = livePlans;
        this.hubs = hubs;
        this.vehicles = vehicles;
        this.telemetry = telemetry;
        this.properties = properties;
        this.criticality = criticality;
        this.ranker = new RecommendationRanker(properties.policy(criticality), planner.getIfAvailable(Planner::new)::greedy);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    RecommendationAnswer recommend(RecommendationQuery query) {
        Instant now = clock.instant();
        VehicleState vehicle = resolve(query, now);
        List<PlannedHub> planned = new ArrayList<>();
        for (CurrentPlan current : livePlans.all()) {
            hubs.find(current.hubId()).ifPresent(hub -> planned.add(planned(hub, current)));
        }
        boolean critical = criticality.isCritical(vehicle.socPercent(), vehicle.priority());
        return new RecommendationAnswer(vehicle.vehicleId(), now, critical, planned.size(),
                ranker.rank(vehicle, planned, now));
    }

    private static PlannedHub planned(Hub hub, CurrentPlan current) {
        return new PlannedHub(hub.id(), hub.name(), new GeoPoint(hub.latitude(), hub.longitude()), current.problem(),
                current.plan());
    }

    private VehicleState resolve(RecommendationQuery query, Instant now) {
        Vehicle stored = null;
        VehicleTelemetry latest = null;
        if (query.vehicleId() != null) {
            stored = vehicles.findById(query.vehicleId()).orElseThrow(() -> problem(HttpStatus.NOT_FOUND,
                    "Vehicle '" + query.vehicleId() + "' is unknown; leave vehicleId out to ask for any vehicle."));
            latest = telemetry.findByVehicle(query.vehicleId(), TimeRange.ALL, 1).stream().findFirst().orElse(null);
        }
        Optional<VehicleTelemetry> reading = Optional.ofNullable(latest);
        Optional<Vehicle> vehicle = Optional.ofNullable(stored);
        Double latitude = first(query.latitude(), reading.map(VehicleTelemetry::latitude).orElse(null));
        Double longitude = first(query.longitude(), reading.map(VehicleTelemetry::longitude).orElse(null));
        Double soc = first(query.socPercent(), reading.map(VehicleTelemetry::socPercent)
                .orElse(vehicle.map(Vehicle::socPercent).orElse(null)));
        Double capacity = first(query.batteryCapacityKwh(), vehicle.map(Vehicle::batteryCapacityKwh).orElse(null));
        Double maxKw = first(query.maxKw(), vehicle.map(Vehicle::maxChargePowerKw).orElse(null));
        List<String> missing = new ArrayList<>();
        require(missing, "latitude", latitude);
        require(missing, "longitude", longitude);
        require(missing, "socPercent", soc);
        require(missing, "batteryCapacityKwh", capacity);
        require(missing, "maxKw", maxKw);
        if (!missing.isEmpty()) {
            throw problem(HttpStatus.UNPROCESSABLE_ENTITY, "Give " + String.join(", ", missing)
                    + (stored == null ? "" : ": the stored vehicle and its telemetry do not say"));
        }
        Instant departureAt = first(query.departureAt(), now.plus(properties.defaultStay()));
        if (!departureAt.isAfter(now)) {
            throw problem(HttpStatus.UNPROCESSABLE_ENTITY, "departureAt must be in the future, was " + departureAt);
        }
        PriorityClass priorityClass = first(query.priorityClass(), vehicle.map(Vehicle::priorityClass).orElse(PriorityClass.NORMAL));
        return new VehicleState(first(query.vehicleId(), "anonymous"), new GeoPoint(latitude, longitude), soc, capacity,
                maxKw, first(query.targetSocPercent(), properties.defaultTargetSocPercent()), departureAt,
                priorityClass.priority());
    }

    private static void require(List<String> missing, String field, Double value) {
        if (value == null) {
            missing.add(field);
        }
    }

    private static <T> T first(T given, T fallback) {
        return given != null ? given : fallback;
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
