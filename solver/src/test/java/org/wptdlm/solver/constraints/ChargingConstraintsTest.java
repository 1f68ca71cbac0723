package org.wptdlm.solver.constraints;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.model.ChargingSession;
import org.wptdlm.solver.model.CircuitSlot;
import org.wptdlm.solver.model.PadChoice;
import org.wptdlm.solver.model.PadFact;
import org.wptdlm.solver.model.PowerCell;
import org.wptdlm.solver.model.SlotCapacity;

class ChargingConstraintsTest {

    private static final double QUARTER_HOUR = 0.25;

    private final ConstraintVerifier<ChargingConstraints, ChargePlan> verifier =
            ConstraintVerifier.build(new ChargingConstraints(), ChargePlan.class, PadChoice.class, PowerCell.class);

    private static final long MICRO = 1_000_000;

    private final SlotCapacity slot = new SlotCapacity(0, 10_000 * MICRO, 0, SlotCapacity.NO_PEAK_TARGET, 0.0, 0.0);
    private final SlotCapacity pricedSlot = new SlotCapacity(1, 10_000 * MICRO, 0, SlotCapacity.NO_PEAK_TARGET, 0.30, 200.0);
    private final CircuitSlot circuit = new CircuitSlot("C1@0", 5_000 * MICRO);
    private final ChargingSession first = new ChargingSession(0, "S1", 20_000, 4_000, 1);
    private final ChargingSession second = new ChargingSession(1, "S2", 20_000, 0, 3);

    private static PadFact pad(int index, double efficiency, CircuitSlot circuit) {
        return new PadFact(index, "P" + index, 11_000, efficiency, circuit == null ? new CircuitSlot[0] : new CircuitSlot[] {circuit});
    }

    private static PadChoice choice(ChargingSession session, PadFact pad) {
        return new PadChoice(session, 0, 96, 11_000, false, pad);
    }

    private static PowerCell cell(long id, ChargingSession session, SlotCapacity slot, CircuitSlot circuit, int watts,
            int delaySlots, int publishedW) {
        return new PowerCell(id, choice(session, pad(1, 1.0, circuit)), slot, 11_000, delaySlots, publishedW, QUARTER_HOUR,
                watts);
    }

    private static PowerCell lossyCell(long id, ChargingSession session, SlotCapacity slot, int watts) {
        return new PowerCell(id, choice(session, pad(1, 0.9, null)), slot, 11_000, 0, -1, QUARTER_HOUR, watts);
    }

    private PowerCell cell(long id, ChargingSession session, int watts) {
        return cell(id, session, slot, null, watts, 0, -1);
    }

    // Hard

    @Test
    void gridLimitPenalizesTheWattsAboveTheHeadroom() {
        verifier.verifyThat(ChargingConstraints::gridLimit)
                .given(cell(1, first, 7_000), cell(2, second, 6_000))
                .penalizesBy(3_000 * MICRO);
    }

    @Test
    void gridLimitAcceptsADrawWithinTheHeadroom() {
        verifier.verifyThat(ChargingConstraints::gridLimit)
                .given(cell(1, first, 4_000), cell(2, second, 6_000))
                .penalizesBy(0);
    }

    @Test
    void gridLimitCountsGridPowerAfterEfficiency() {
        PowerCell lossy = new PowerCell(1, choice(first, pad(1, 0.8, null)), slot, 11_000, 0, -1, QUARTER_HOUR, 9_000);

        verifier.verifyThat(ChargingConstraints::gridLimit).given(lossy).penalizesBy(1_250 * MICRO);
    }

    @Test
    void gridLimitPenalizesTheDrawAfterEfficiencyToTheMicroWatt() {
        // 3 × 3,333 W at 0.9 draw 11,110 W; each cell rounds up by under 1 µW.
        SlotCapacity tight = new SlotCapacity(3, 11_109 * MICRO, 0, SlotCapacity.NO_PEAK_TARGET, 0.0, 0.0);

        verifier.verifyThat(ChargingConstraints::gridLimit)
                .given(lossyCell(1, first, tight, 3_333), lossyCell(2, second, tight, 3_333), lossyCell(3, second, tight, 3_333))
                .penalizesBy(MICRO + 2);
    }

    @Test
    void gridLimitAcceptsADrawThatWholeWattsPerCellWouldHaveOvercounted() {
        // Whole watts per cell would claim 3 × 3,704 = 11,112 W against a limit of 11,110.001 W.
        SlotCapacity exact = new SlotCapacity(3, 11_110_001_000L, 0, SlotCapacity.NO_PEAK_TARGET, 0.0, 0.0);

        verifier.verifyThat(ChargingConstraints::gridLimit)
                .given(lossyCell(1, first, exact, 3_333), lossyCell(2, second, exact, 3_333), lossyCell(3, second, exact, 3_333))
                .penalizesBy(0);
    }

    @Test
    void circuitLimitPenalizesTheWattsAboveTheCircuitLimit() {
        verifier.verifyThat(ChargingConstraints::circuitLimit)
                .given(cell(1, first, slot, circuit, 3_000, 0, -1), cell(2, second, slot, circuit, 3_000, 0, -1))
                .penalizesBy(1_000 * MICRO);
    }

    @Test
    void circuitLimitIgnoresPadsOffTheCircuitAndDrawsWithin() {
        verifier.verifyThat(ChargingConstraints::circuitLimit)
                .given(cell(1, first, slot, circuit, 5_000, 0, -1), cell(2, second, 9_000))
                .penalizesBy(0);
    }

    @Test
    void padRatePenalizesTheWattsAboveWhatThePadAllows() {
        PadFact slowPad = new PadFact(2, "P2", 7_400, 1.0, new CircuitSlot[0]);

        verifier.verifyThat(ChargingConstraints::padRate)
                .given(new PowerCell(1, choice(first, slowPad), slot, 11_000, 0, -1, QUARTER_HOUR, 9_000))
                .penalizesBy(1_600);
    }

    @Test
    void padRatePenalizesAnyPowerWithoutAPad() {
        verifier.verifyThat(ChargingConstraints::padRate)
                .given(new PowerCell(1, choice(first, PadFact.NONE), slot, 11_000, 0, -1, QUARTER_HOUR, 500))
                .penalizesBy(500);
    }

    @Test
    void padRateAcceptsPowerWithinThePad() {
        verifier.verifyThat(ChargingConstraints::padRate)
                .given(cell(1, first, 11_000))
                .penalizesBy(0);
    }

    @Test
    void padSharedPenalizesTheSlotsTwoVehiclesWouldShareAPad() {
        PadFact pad = pad(3, 1.0, null);

        verifier.verifyThat(ChargingConstraints::padShared)
                .given(new PadChoice(first, 0, 6, 11_000, false, pad), new PadChoice(second, 4, 10, 11_000, false, pad))
                .penalizesBy(2);
    }

    @Test
    void padSharedAcceptsOnePadAfterAnotherAndSessionsWithoutPad() {
        PadFact pad = pad(3, 1.0, null);
        ChargingSession third = new ChargingSession(2, "S3", 5_000, 0, 1);
        ChargingSession fourth = new ChargingSession(3, "S4", 5_000, 0, 1);

        verifier.verifyThat(ChargingConstraints::padShared)
                .given(new PadChoice(first, 0, 4, 11_000, false, pad), new PadChoice(second, 4, 10, 11_000, false, pad),
                        new PadChoice(third, 0, 10, 11_000, false, PadFact.NONE),
                        new PadChoice(fourth, 0, 10, 11_000, false, PadFact.NONE))
                .penalizesBy(0);
    }

    @Test
    void energyAboveRequestPenalizesTheExcessWattSlots() {
        ChargingSession small = new ChargingSession(2, "S3", 5_000, 0, 1);

        verifier.verifyThat(ChargingConstraints::energyAboveRequest)
                .given(small, cell(1, small, slot, null, 4_000, 0, -1), cell(2, small, pricedSlot, null, 3_000, 1, -1))
                .penalizesBy(2_000);
    }

    @Test
    void energyAboveRequestAcceptsExactlyTheRequest() {
        ChargingSession small = new ChargingSession(2, "S3", 5_000, 0, 1);

        verifier.verifyThat(ChargingConstraints::energyAboveRequest)
                .given(small, cell(1, small, 5_000))
                .penalizesBy(0);
    }

    // Medium

    @Test
    void criticalEnergyMissingPenalizesTheShortfall() {
        verifier.verifyThat(ChargingConstraints::criticalEnergyMissing)
                .given(first, cell(1, first, 1_500))
                .penalizesBy(2_500);
    }

    @Test
    void criticalEnergyMissingCountsASessionWithoutAnyPower() {
        verifier.verifyThat(ChargingConstraints::criticalEnergyMissing)
                .given(first, cell(1, first, 0))
                .penalizesBy(4_000);
    }

    @Test
    void criticalEnergyMissingAcceptsCriticalEnergyDelivered() {
        verifier.verifyThat(ChargingConstraints::criticalEnergyMissing)
                .given(first, second, cell(1, first, 4_000))
                .penalizesBy(0);
    }

    @Test
    void energyMissingWeighsTheShortfallByPriority() {
        verifier.verifyThat(ChargingConstraints::energyMissing)
                .given(second, cell(1, second, 15_000))
                .penalizesBy(5_000L * 3);
    }

    @Test
    void energyMissingAcceptsAFullRequest() {
        ChargingSession small = new ChargingSession(2, "S3", 5_000, 0, 1);

        verifier.verifyThat(ChargingConstraints::energyMissing)
                .given(small, cell(1, small, 5_000))
                .penalizesBy(0);
    }

    // Soft

    @Test
    void peakAboveTargetPenalizesTheWattsAboveTheTargetWithBaseLoad() {
        SlotCapacity targeted = new SlotCapacity(2, 10_000 * MICRO, 1_000, 3_000, 0.0, 0.0);

        verifier.verifyThat(ChargingConstraints::peakAboveTarget)
                .given(cell(1, first, targeted, null, 2_500, 0, -1), cell(2, second, targeted, null, 1_000, 0, -1))
                .penalizesBy(1_500);
    }

    @Test
    void peakAboveTargetIgnoresHubsWithoutATarget() {
        verifier.verifyThat(ChargingConstraints::peakAboveTarget)
                .given(cell(1, first, 9_000))
                .penalizesBy(0);
    }

    @Test
    void energyCostPenalizesMicroCurrency() {
        // 4,000 W for 0.25 h at 0.30/kWh = 0.30 = 300,000 micro-currency.
        verifier.verifyThat(ChargingConstraints::energyCost)
                .given(cell(1, first, pricedSlot, null, 4_000, 0, -1))
                .penalizesBy(300_000);
    }

    @Test
    void energyCostIgnoresFreeSlots() {
        verifier.verifyThat(ChargingConstraints::energyCost)
                .given(cell(1, first, 4_000))
                .penalizesBy(0);
    }

    @Test
    void carbonPenalizesMilligrams() {
        // 1 kWh at 200 g/kWh = 200 g = 200,000 mg.
        verifier.verifyThat(ChargingConstraints::carbon)
                .given(cell(1, first, pricedSlot, null, 4_000, 0, -1))
                .penalizesBy(200_000);
    }

    @Test
    void carbonIgnoresSlotsWithoutIntensity() {
        verifier.verifyThat(ChargingConstraints::carbon)
                .given(cell(1, first, 4_000))
                .penalizesBy(0);
    }

    @Test
    void lateEnergyPenalizesWattsTimesDelay() {
        verifier.verifyThat(ChargingConstraints::lateEnergy)
                .given(cell(1, first, pricedSlot, null, 2_000, 3, -1))
                .penalizesBy(6_000);
    }

    @Test
    void lateEnergyCountsTheDelayOnlyUpToTheConservativeStay() {
        ChargingSession leavesLate = new ChargingSession(2, "S3", 20_000, 0, 1, 2);

        verifier.verifyThat(ChargingConstraints::lateEnergy)
                .given(cell(1, leavesLate, pricedSlot, null, 2_000, 5, -1))
                .penalizesBy(4_000);
    }

    @Test
    void deferredEnergyPenalizesWattsTimesSlotsBeyondTheConservativeStay() {
        ChargingSession leavesLate = new ChargingSession(2, "S3", 20_000, 0, 1, 2);

        verifier.verifyThat(ChargingConstraints::deferredEnergy)
                .given(cell(1, leavesLate, pricedSlot, null, 2_000, 5, -1))
                .penalizesBy(6_000);
    }

    @Test
    void deferredEnergyIgnoresEnergyWithinTheConservativeStay() {
        verifier.verifyThat(ChargingConstraints::deferredEnergy)
                .given(cell(1, first, pricedSlot, null, 2_000, 5, -1))
                .penalizesBy(0);
    }

    @Test
    void setpointChangesPenalizesEachChangeAndItsSize() {
        // Cells 10, 11, 12 are one session's slots 0, 1, 2: 4 kW, 4 kW, 1 kW is one change of 3 kW.
        verifier.verifyThat(ChargingConstraints::setpointChanges)
                .given(cell(10, first, slot, null, 4_000, 0, -1), cell(11, first, pricedSlot, null, 4_000, 1, -1),
                        cell(12, first, slot, null, 1_000, 2, -1))
                .penalizesBy(ChargingConstraints.SETPOINT_CHANGE_W + 3_000);
    }

    @Test
    void setpointChangesAcceptsASteadyBlockAndTheStartFromZero() {
        verifier.verifyThat(ChargingConstraints::setpointChanges)
                .given(cell(10, first, slot, null, 4_000, 0, -1), cell(11, first, pricedSlot, null, 4_000, 1, -1),
                        cell(20, second, slot, null, 7_000, 0, -1))
                .penalizesBy(0);
    }

    @Test
    void lateEnergyIgnoresTheArrivalSlot() {
        verifier.verifyThat(ChargingConstraints::lateEnergy)
                .given(cell(1, first, 2_000))
                .penalizesBy(0);
    }

    @Test
    void planChangesPenalizesTheWattsChanged() {
        verifier.verifyThat(ChargingConstraints::planChanges)
                .given(cell(1, first, slot, null, 2_000, 0, 5_000))
                .penalizesBy(3_000);
    }

    @Test
    void planChangesIgnoresCellsKeptOrWithoutPublishedPlan() {
        verifier.verifyThat(ChargingConstraints::planChanges)
                .given(cell(1, first, slot, null, 5_000, 0, 5_000), cell(2, second, 3_000))
                .penalizesBy(0);
    }
}
