package org.wptdlm.solver.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wptdlm.solver.recommendation.HubFixtures.START;
import static org.wptdlm.solver.recommendation.HubFixtures.constantPlan;
import static org.wptdlm.solver.recommendation.HubFixtures.flat;
import static org.wptdlm.solver.recommendation.HubFixtures.pad;
import static org.wptdlm.solver.recommendation.HubFixtures.parked;
import static org.wptdlm.solver.recommendation.HubFixtures.problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.solver.Planner;

class RecommendationRankerTest {

    private static final GeoPoint HERE = new GeoPoint(52.52, 13.405);
    private static final TravelModel TRAVEL = new TravelModel(40, 0.2, 1.3, 5);
    private static final RecommendationPolicy POLICY = new RecommendationPolicy(TRAVEL, CriticalityRule.DEFAULT, 5, 5);
    /** Fails the test if the ranker re-plans where it should only insert. */
    private static final Function<PlanningProblem, Plan> NO_REPLAN = problem -> {
        throw new AssertionError("no greedy re-plan expected");
    };

    @Test
    void haversineDistanceMatchesAKnownOne() {
        GeoPoint paris = new GeoPoint(48.8566, 2.3522);

        assertThat(HERE.distanceKm(paris)).isCloseTo(878, within(5.0));
    }

    @Test
    void hubsBeyondTheRemainingRangeAreLeftOut() {
        PlannedHub near = emptyHub("near", 0.02);
        PlannedHub far = emptyHub("far", 1.0);

        List<Recommendation> ranked = ranker(NO_REPLAN).rank(vehicle(25, 80, 4), List.of(far, near), START);

        assertThat(ranked).extracting(Recommendation::hubId).containsExactly("near");
    }

    @Test
    void nearerOfTwoEqualHubsComesFirst() {
        List<Recommendation> ranked = ranker(NO_REPLAN)
                .rank(vehicle(50, 80, 4), List.of(emptyHub("farther", 0.05), emptyHub("nearer", 0.01)), START);

        assertThat(ranked).extracting(Recommendation::hubId).containsExactly("nearer", "farther");
        assertThat(ranked.get(0).rank()).isEqualTo(1);
        assertThat(ranked.get(0).targetReached()).isTrue();
        assertThat(ranked.get(0).reason()).startsWith("Reaches your 80 % target by departure");
    }

    @Test
    void moreEnergyBeatsANearerHubWithoutGridRoom() {
        PlannedHub crowded = hub("crowded", 0.01, problem(2, List.of(pad("p1", 22)), List.of()), null);

        List<Recommendation> ranked = ranker(NO_REPLAN)
                .rank(vehicle(50, 80, 1), List.of(crowded, emptyHub("roomy", 0.05)), START);

        assertThat(ranked).extracting(Recommendation::hubId).containsExactly("roomy", "crowded");
        assertThat(ranked.get(0).energyKwh()).isGreaterThan(ranked.get(1).energyKwh());
    }

    @Test
    void criticalVehicleGoesWhereItsMustHaveArrivesFirstNotWhereItGetsMost() {
        List<PlannedHub> hubs = List.of(slowButFree("slow-free", 0.01), busyUntilSlot("fast-busy", 0.08, 6));

        List<Recommendation> ranked = ranker(RecommendationRankerTest::unservedNewcomer).rank(vehicle(12, 100, 4), hubs, START);

        assertThat(ranked).extracting(Recommendation::hubId).containsExactly("slow-free", "fast-busy");
        assertThat(ranked.get(0).critical()).isTrue();
        assertThat(ranked.get(0).energyKwh()).isLessThan(ranked.get(1).energyKwh());
        assertThat(ranked.get(0).criticalNeedMetAt()).isBefore(ranked.get(1).criticalNeedMetAt());
        assertThat(ranked.get(0).reason()).startsWith("Critical: your must-have");
    }

    @Test
    void ordinaryVehicleGoesWhereItGetsMostEnergy() {
        List<PlannedHub> hubs = List.of(slowButFree("slow-free", 0.01), busyUntilSlot("fast-busy", 0.08, 6));

        List<Recommendation> ranked = ranker(NO_REPLAN).rank(vehicle(30, 100, 4), hubs, START);

        assertThat(ranked).extracting(Recommendation::hubId).containsExactly("fast-busy", "slow-free");
        assertThat(ranked.get(0).critical()).isFalse();
        assertThat(ranked.get(0).waitMinutes()).isPositive();
        assertThat(ranked.get(0).reason()).contains("min after arrival");
    }

    @Test
    void whenBothReachTheTargetTheEarlierStartWins() {
        List<PlannedHub> hubs = List.of(busyUntilSlot("busy-near", 0.01, 12), emptyHub("free-farther", 0.08));

        List<Recommendation> ranked = ranker(NO_REPLAN).rank(vehicle(30, 60, 6), hubs, START);

        assertThat(ranked).extracting(Recommendation::targetReached).containsExactly(true, true);
        assertThat(ranked).extracting(Recommendation::hubId).containsExactly("free-farther", "busy-near");
    }

    @Test
    void criticalVehicleIsReplannedWithTheGreedyWhenThePlanLeavesNoRoom() {
        PlanningProblem full = problem(22, List.of(pad("p1", 22), pad("p2", 22)), List.of(parked("a", "p1", 0, 32)));
        PlannedHub hub = hub("full", 0.01, full, constantPlan(full, 22));

        List<Recommendation> ranked = ranker(problem -> newcomerGetsFullPower(problem, "p2", 11))
                .rank(vehicle(10, 30, 3), List.of(hub), START);

        assertThat(ranked.get(0).padId()).isEqualTo("p2");
        assertThat(ranked.get(0).criticalNeedMet()).isTrue();
        assertThat(ranked.get(0).energyKwh()).isPositive();
    }

    @Test
    void withTheRealGreedyACriticalNewcomerTakesItsMustHaveFromOthersSpareEnergy() {
        Session ordinary = new Session("a", "vehicle-a", 0, 32, 1000.0, null, 22, 1, "p1");
        PlanningProblem shared = problem(22, List.of(pad("p1", 22), pad("p2", 22)), List.of(ordinary));
        Planner planner = new Planner();
        PlannedHub hub = hub("shared", 0.01, shared, planner.greedy(shared));

        Recommendation critical = ranker(planner::greedy).rank(vehicle(10, 50, 3), List.of(hub), START).get(0);
        Recommendation ordinaryAnswer = ranker(NO_REPLAN).rank(vehicle(30, 50, 3), List.of(hub), START).get(0);

        assertThat(critical.criticalNeedMet()).isTrue();
        assertThat(critical.energyKwh()).isGreaterThanOrEqualTo(critical.criticalEnergyKwh());
        assertThat(ordinaryAnswer.energyKwh()).isZero();
    }

    @Test
    void answerCarriesPriceAndStatesOfCharge() {
        PlanningProblem priced = problem(100, List.of(), List.of(pad("p1", 11)), List.of(), flat(0.30));
        PlannedHub hub = hub("priced", 0.0, priced, null);

        Recommendation answer = ranker(NO_REPLAN).rank(vehicle(40, 60, 4), List.of(hub), START).get(0);

        assertThat(answer.energyKwh()).isCloseTo(10, within(1e-3));
        assertThat(answer.socAtDeparturePercent()).isCloseTo(60, within(0.1));
        assertThat(answer.expectedPrice()).isCloseTo(3.0, within(0.01));
        assertThat(answer.arrivalAt()).isEqualTo(START);
        assertThat(answer.expectedStartAt()).isEqualTo(START);
        assertThat(answer.waitMinutes()).isZero();
    }

    @Test
    void answerListsAtMostMaxResultsHubs() {
        List<PlannedHub> hubs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            hubs.add(emptyHub("hub-" + i, 0.01 * (i + 1)));
        }

        assertThat(ranker(NO_REPLAN).rank(vehicle(50, 80, 4), hubs, START)).hasSize(POLICY.maxResults());
    }

    private static RecommendationRanker ranker(Function<PlanningProblem, Plan> greedy) {
        return new RecommendationRanker(POLICY, greedy);
    }

    /** 50 kWh battery, 11 kW on board, leaving {@code hours} after {@link HubFixtures#START}. */
    private static VehicleState vehicle(double socPercent, double targetSocPercent, int hours) {
        return new VehicleState("ev-1", HERE, socPercent, 50, 11, targetSocPercent, START.plus(Duration.ofHours(hours)), 1);
    }

    private static PlannedHub emptyHub(String id, double degreesNorth) {
        return hub(id, degreesNorth, problem(100, List.of(pad("p1", 22)), List.of()), null);
    }

    private static PlannedHub busyUntilSlot(String id, double degreesNorth, int slot) {
        PlanningProblem busy = problem(100, List.of(pad("p1", 22)), List.of(parked("a", "p1", 0, slot)));
        return hub(id, degreesNorth, busy, constantPlan(busy, 22));
    }

    /** A free pad, but the grid connection leaves only 4 kW. */
    private static PlannedHub slowButFree(String id, double degreesNorth) {
        return hub(id, degreesNorth, problem(4, List.of(pad("p1", 22)), List.of()), null);
    }

    private static PlannedHub hub(String id, double degreesNorth, PlanningProblem problem, Plan plan) {
        return new PlannedHub(id, "Hub " + id, new GeoPoint(HERE.latitude() + degreesNorth, HERE.longitude()), problem, plan);
    }

    /** A greedy stand-in that cannot place the newcomer: the insertion must decide. */
    private static Plan unservedNewcomer(PlanningProblem problem) {
        List<SessionPlan> rows = problem.sessions().stream()
                .map(session -> new SessionPlan(session.id(), null, Collections.nCopies(problem.slots(), 0.0)))
                .toList();
        return new Plan(rows, null, "stub", null);
    }

    /** A greedy stand-in that preempts the others for the newcomer, as the real greedy does for critical energy. */
    private static Plan newcomerGetsFullPower(PlanningProblem problem, String padId, double kw) {
        List<SessionPlan> rows = new ArrayList<>();
        for (Session session : problem.sessions()) {
            boolean newcomer = session.id().startsWith("recommendation:");
            List<Double> kwBySlot = new ArrayList<>(Collections.nCopies(problem.slots(), 0.0));
            for (int t = session.arrivalSlot(); newcomer && t < session.departureSlot(); t++) {
                kwBySlot.set(t, kw);
            }
            rows.add(new SessionPlan(session.id(), newcomer ? padId : session.padId(), kwBySlot));
        }
        return new Plan(rows, null, "stub", null);
    }

}
