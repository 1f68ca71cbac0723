package org.wptdlm.solver.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.solver.whatif.Horizons;

/**
 * Ranks the hubs a vehicle can reach by what charging there would really give it, simulated against
 * each hub's published plan ({@link InsertionSimulator}; for critical vehicles also a greedy re-plan
 * of the nearest hubs, {@link GreedyReplan}).
 *
 * <p>Ordinary vehicles: most net energy first (energy by departure minus the energy the drive costs,
 * in 0.5 kWh steps, so the nearer of two equal hubs wins), then the earliest start, the lowest price,
 * the shortest drive. Critical vehicles (by the policy's {@link org.wptdlm.domain.vehicle.CriticalityRule}):
 * hubs that meet the must-have energy first, ordered by when it is in the
 * battery — what they need, not what is nearest — then by energy and distance.
 *
 * <p>Pure and thread-safe; {@code greedy} is the live loop's greedy planner.
 */
public final class RecommendationRanker {

    /** Energy promised further ahead than this is a guess about an unplanned future, not a plan. */
    static final Duration MAX_LOOKAHEAD = Duration.ofHours(48);
    private static final double NET_ENERGY_STEP_KWH = 0.5;

    private final RecommendationPolicy policy;
    private final Function<PlanningProblem, Plan> greedy;

    public RecommendationRanker(RecommendationPolicy policy, Function<PlanningProblem, Plan> greedy) {
        this.policy = policy;
        this.greedy = greedy;
    }

    public List<Recommendation> rank(VehicleState vehicle, Collection<PlannedHub> hubs, Instant now) {
        TravelModel travel = policy.travel();
        List<Trip> trips = hubs.stream()
                .map(hub -> Trip.to(hub, vehicle, now, travel))
                .filter(trip -> trip.feasible(vehicle, travel))
                .sorted(Comparator.comparingDouble(Trip::roadKm))
                .toList();
        boolean critical = policy.criticality().isCritical(vehicle.socPercent(), vehicle.priority());
        Instant departureAt = min(vehicle.departureAt(), now.plus(MAX_LOOKAHEAD));
        List<Recommendation> evaluated = new ArrayList<>(trips.size());
        for (int i = 0; i < trips.size(); i++) {
            boolean replan = critical && i < policy.greedyReplanHubs();
            evaluated.add(evaluate(vehicle, trips.get(i), departureAt, critical, replan));
        }
        evaluated.sort(critical ? criticalOrder() : ordinaryOrder());
        List<Recommendation> ranked = new ArrayList<>();
        for (int i = 0; i < evaluated.size() && i < policy.maxResults(); i++) {
            Recommendation recommendation = evaluated.get(i);
            ranked.add(recommendation.withRankAndReason(i + 1, RecommendationReasons.explain(recommendation, vehicle, i == 0)));
        }
        return ranked;
    }

    private Recommendation evaluate(VehicleState vehicle, Trip trip, Instant departureAt, boolean critical,
            boolean replan) {
        PlannedHub hub = trip.hub();
        long slotSeconds = hub.problem().slotMinutes() * 60L;
        Instant start = hub.problem().start();
        long arrivalSeconds = Math.max(0, Duration.between(start, trip.arrivalAt()).toSeconds());
        int arrivalSlot = (int) (arrivalSeconds / slotSeconds);
        double arrivalSlotShare = 1.0 - (double) (arrivalSeconds % slotSeconds) / slotSeconds;
        int departureSlot = (int) Math.floorDiv(Duration.between(start, departureAt).toSeconds(), slotSeconds);
        double needKwh = vehicle.energyKwhBetween(trip.arrivalSocPercent(), vehicle.targetSocPercent());
        double criticalKwh = criticalKwh(vehicle, trip, needKwh, critical);
        PlanningProblem problem = Horizons.covering(hub.problem(), Math.max(departureSlot, 1));
        Insertion insertion = Insertion.none(arrivalSlot, problem.slotHours());
        if (departureSlot > arrivalSlot && needKwh > 0) {
            insertion = InsertionSimulator.insert(ResidualCapacity.of(problem, hub.plan()), arrivalSlot, arrivalSlotShare,
                    departureSlot, needKwh, vehicle.maxKw());
            // The planning model has whole slots only: the re-plan counts from the first whole slot after arrival.
            int firstWholeSlot = arrivalSlotShare < 1.0 ? arrivalSlot + 1 : arrivalSlot;
            if (replan && departureSlot > firstWholeSlot) {
                Session newcomer = new Session("recommendation:" + vehicle.vehicleId(), vehicle.vehicleId(), firstWholeSlot,
                        departureSlot, needKwh, criticalKwh, vehicle.maxKw(), vehicle.priority(), null);
                insertion = better(GreedyReplan.insert(problem, greedy, newcomer), insertion, criticalKwh);
            }
        }
        return describe(vehicle, trip, problem, insertion, needKwh, criticalKwh);
    }

    /** The rule's must-have, counted from the SoC on arrival; none for a vehicle that is not critical now. */
    private double criticalKwh(VehicleState vehicle, Trip trip, double needKwh, boolean critical) {
        if (!critical) {
            return 0.0;
        }
        return policy.criticality().criticalEnergyKwh(needKwh, trip.arrivalSocPercent(), vehicle.batteryCapacityKwh(),
                vehicle.priority());
    }

    private static Insertion better(Insertion replanned, Insertion inserted, double criticalKwh) {
        boolean replannedMeets = replanned.slotReaching(criticalKwh) >= 0;
        boolean insertedMeets = inserted.slotReaching(criticalKwh) >= 0;
        if (replannedMeets != insertedMeets) {
            return replannedMeets ? replanned : inserted;
        }
        return replanned.energyKwh() > inserted.energyKwh() ? replanned : inserted;
    }

    private static Recommendation describe(VehicleState vehicle, Trip trip, PlanningProblem problem, Insertion insertion,
            double needKwh, double criticalKwh) {
        double energyKwh = Math.min(needKwh, insertion.energyKwh());
        int startSlot = insertion.firstChargingSlot();
        Instant startAt = startSlot < 0 ? null : max(trip.arrivalAt(), slotStart(problem, startSlot));
        int criticalSlot = criticalKwh > 0 ? insertion.slotReaching(criticalKwh) : -1;
        double socAtDeparture = trip.arrivalSocPercent() + energyKwh / vehicle.batteryCapacityKwh() * 100;
        return new Recommendation(0, trip.hub().hubId(), trip.hub().name(), insertion.padId(), round(trip.roadKm(), 100),
                trip.arrivalAt(), round(trip.arrivalSocPercent(), 10), startAt,
                startAt == null ? null : Duration.between(trip.arrivalAt(), startAt).toMinutes(),
                round(energyKwh, 1000), round(Math.min(100.0, socAtDeparture), 10),
                energyKwh >= needKwh - Insertion.MET_TOLERANCE_KWH, round(criticalKwh, 1000),
                criticalSlot < 0 ? null : slotStart(problem, criticalSlot + 1), price(problem, insertion), null);
    }

    /** Cost of the grid energy drawn (delivered energy / pad efficiency) at each slot's price. */
    private static Double price(PlanningProblem problem, Insertion insertion) {
        if (problem.pricePerKwhBySlot() == null || insertion.padId() == null) {
            return null;
        }
        Pad pad = problem.pads().stream().filter(candidate -> candidate.id().equals(insertion.padId())).findFirst()
                .orElseThrow();
        double cost = 0.0;
        for (int i = 0; i < insertion.kwBySlot().size(); i++) {
            cost += pad.gridKw(insertion.kwBySlot().get(i)) * problem.slotHours() * problem.pricePerKwh(insertion.fromSlot() + i);
        }
        return round(cost, 100);
    }

    private static Comparator<Recommendation> criticalOrder() {
        return Comparator.comparing(Recommendation::criticalNeedMet).reversed()
                .thenComparing(Recommendation::criticalNeedMetAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.comparingDouble(Recommendation::energyKwh).reversed())
                .thenComparingDouble(Recommendation::distanceKm);
    }

    private Comparator<Recommendation> ordinaryOrder() {
        TravelModel travel = policy.travel();
        Comparator<Recommendation> byNetEnergy = Comparator.comparingLong(
                recommendation -> Math.round((recommendation.energyKwh() - travel.driveEnergyKwh(recommendation.distanceKm()))
                        / NET_ENERGY_STEP_KWH));
        return byNetEnergy.reversed()
                .thenComparing(Recommendation::expectedStartAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Recommendation::expectedPrice, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingDouble(Recommendation::distanceKm);
    }

    private static Instant slotStart(PlanningProblem problem, int slot) {
        return problem.start().plus(problem.slotDuration().multipliedBy(slot));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
