package org.wptdlm.solver.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;

class ScenarioApplierTest {

    private static final Instant START = Instant.parse("2026-11-24T06:00:00Z");
    private static final PlanningProblem HUB = new PlanningProblem(START, 15, 16, new HubLimits("hub", 100, null, null),
            List.of(), List.of(new Pad("p1", 22, 0.9, null), new Pad("p2", 22, 0.9, null)), null, null,
            List.of(new Session("s1", "ev-1", 0, 16, 40, 10.0, 11, 1, "p1"),
                    new Session("s2", "ev-2", 4, 12, 20, null, 11, 1, null)));

    @Test
    void noChangesLeaveTheProblemAsIs() {
        PlanningProblem scenario = ScenarioApplier.apply(HUB, changes(List.of(), List.of(), List.of(), List.of(), List.of(), null));

        assertThat(scenario).isEqualTo(HUB);
    }

    @Test
    void gridLimitWindowReplacesTheLimitInEverySlotItTouches() {
        ScheduleEntry afternoon = new ScheduleEntry(at(4), START.plusSeconds(60 * 15 * 8 - 60), 40);

        PlanningProblem scenario = ScenarioApplier.apply(HUB, gridLimits(afternoon));

        assertThat(scenario.hub().gridLimitKwBySlot()).hasSize(16);
        assertThat(scenario.hub().limitKw(3)).isEqualTo(100);
        assertThat(scenario.hub().limitKw(4)).isEqualTo(40);
        assertThat(scenario.hub().limitKw(7)).isEqualTo(40);
        assertThat(scenario.hub().limitKw(8)).isEqualTo(100);
    }

    @Test
    void overlappingLimitsKeepTheLowest() {
        PlanningProblem scenario = ScenarioApplier.apply(HUB,
                gridLimits(new ScheduleEntry(at(0), at(8), 50), new ScheduleEntry(at(6), at(10), 70)));

        assertThat(scenario.hub().limitKw(6)).isEqualTo(50);
        assertThat(scenario.hub().limitKw(9)).isEqualTo(70);
    }

    @Test
    void pricesAreSetWhereTheyHoldAndZeroElsewhere() {
        PlanningProblem scenario = ScenarioApplier.apply(HUB,
                changes(List.of(), List.of(), List.of(), List.of(), List.of(new ScheduleEntry(at(2), at(4), 0.4)), null));

        assertThat(scenario.pricePerKwh(1)).isZero();
        assertThat(scenario.pricePerKwh(2)).isEqualTo(0.4);
        assertThat(scenario.pricePerKwh(4)).isZero();
    }

    @Test
    void padOutOfServiceIsRemovedAndItsVehicleMayMove() {
        PlanningProblem scenario = ScenarioApplier.apply(HUB, changes(List.of(), List.of("p1"), List.of(), List.of(), List.of(), null));

        assertThat(scenario.pads()).extracting(Pad::id).containsExactly("p2");
        assertThat(scenario.sessions().get(0).padId()).isNull();
    }

    @Test
    void vehiclesAreRemovedAndAddedOnSlotBoundaries() {
        AddedVehicle van = new AddedVehicle("van-1", at(2).plusSeconds(60), at(10).plusSeconds(60), 30, 5.0, 11, 2, 60.0, 20.0);

        PlanningProblem scenario = ScenarioApplier.apply(HUB,
                changes(List.of(), List.of(), List.of(van), List.of("ev-2"), List.of(), null));

        assertThat(scenario.sessions()).extracting(Session::vehicleId).containsExactly("ev-1", "van-1");
        Session added = scenario.sessions().get(1);
        assertThat(added.id()).isEqualTo("what-if:van-1");
        assertThat(added.arrivalSlot()).isEqualTo(3);
        assertThat(added.departureSlot()).isEqualTo(10);
        assertThat(added.priority()).isEqualTo(2);
    }

    @Test
    void shorterHorizonEndsStaysAndDropsLaterArrivals() {
        PlanningProblem scenario = ScenarioApplier.apply(HUB, changes(List.of(), List.of(), List.of(), List.of(), List.of(), 4));

        assertThat(scenario.slots()).isEqualTo(4);
        assertThat(scenario.sessions()).extracting(Session::id).containsExactly("s1");
        assertThat(scenario.sessions().get(0).departureSlot()).isEqualTo(4);
    }

    @Test
    void longerHorizonCarriesTheLastSlotOn() {
        PlanningProblem priced = HUB.withHub(new HubLimits("hub", 100, Collections.nCopies(16, 80.0), null));

        PlanningProblem scenario = ScenarioApplier.apply(priced, changes(List.of(), List.of(), List.of(), List.of(), List.of(), 24));

        assertThat(scenario.slots()).isEqualTo(24);
        assertThat(scenario.hub().gridLimitKwBySlot()).hasSize(24).containsOnly(80.0);
    }

    @Test
    void everyChangeThatDoesNotFitTheHubIsNamed() {
        AddedVehicle twice = new AddedVehicle("ev-1", at(1), at(3), 10, null, 11, 1, null, null);
        AddedVehicle afterHorizon = new AddedVehicle("van-9", at(20), at(30), 10, null, 11, 1, null, null);

        assertThatThrownBy(() -> ScenarioApplier.apply(HUB, changes(List.of(new ScheduleEntry(at(30), at(40), 10)),
                        List.of("p9"), List.of(twice, afterHorizon), List.of("nobody"), List.of(), null)))
                .isInstanceOfSatisfying(ScenarioException.class, failure -> assertThat(failure.violations()).containsExactly(
                        "gridLimits[0] lies outside the horizon 2026-11-24T06:00:00Z + 16 slots",
                        "padsOutOfService[0] 'p9' names no pad of the hub",
                        "removedVehicleIds[0] 'nobody' has no session at the hub",
                        "addedVehicles[0].vehicleId 'ev-1' is already at the hub",
                        "addedVehicles[1] stays no whole slot inside the horizon 2026-11-24T06:00:00Z + 16 slots"));
    }

    private static ScenarioChanges gridLimits(ScheduleEntry... entries) {
        return changes(List.of(entries), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static ScenarioChanges changes(List<ScheduleEntry> limits, List<String> padsOut, List<AddedVehicle> added,
            List<String> removed, List<ScheduleEntry> prices, Integer horizonSlots) {
        return new ScenarioChanges(limits, padsOut, added, removed, prices, horizonSlots);
    }

    private static Instant at(int slot) {
        return START.plusSeconds(60L * 15 * slot);
    }
}
