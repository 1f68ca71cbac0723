package org.wptdlm.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.wptdlm.solver.model.ChargingSession;
import org.wptdlm.solver.model.PowerCell;
import org.wptdlm.solver.model.SlotCapacity;

/**
 * The score of a charge plan. Hard (limits, W or W·slots over), medium (energy missing, W·slots ×
 * weight), soft (peak, cost, carbon, lateness, changes). Each constraint's penalty is the size of the
 * violation in the unit its comment names; weights come from the solution's overrides
 * ({@link org.wptdlm.solver.PlanningWeights}).
 */
public class ChargingConstraints implements ConstraintProvider {

    public static final String GRID_LIMIT = "Grid limit";
    public static final String CIRCUIT_LIMIT = "Circuit limit";
    public static final String ENERGY_ABOVE_REQUEST = "Energy above request";
    public static final String CRITICAL_ENERGY_MISSING = "Critical energy missing";
    public static final String ENERGY_MISSING = "Requested energy missing";
    public static final String FLAT_GRID_DRAW = "Flat grid draw";
    public static final String ENERGY_COST = "Energy cost";
    public static final String CARBON = "Carbon";
    public static final String LATE_ENERGY = "Late energy";
    public static final String PLAN_CHANGES = "Plan changes";

    // Shared instances let Timefold share the stream nodes between constraints (it compares by identity).
    private static final Predicate<PowerCell> POWERED = cell -> cell.wattsOrZero() > 0;
    private static final Function<PowerCell, SlotCapacity> SLOT = PowerCell::getSlot;
    private static final Function<PowerCell, ChargingSession> SESSION = PowerCell::getSession;
    private static final ToLongFunction<PowerCell> GRID_W = PowerCell::gridW;
    private static final ToLongFunction<PowerCell> WATTS = cell -> cell.wattsOrZero();
    private static final Function<ChargingSession, Long> NOTHING = session -> 0L;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            // Hard
            gridLimit(factory),
            circuitLimit(factory),
            energyAboveRequest(factory),
            // Medium
            criticalEnergyMissing(factory),
            energyMissing(factory),
            // Soft
            flatGridDraw(factory),
            energyCost(factory),
            carbon(factory),
            lateEnergy(factory),
            planChanges(factory)
        };
    }

    // Hard

    /** The chargers together draw at most the grid limit minus base load in every slot (penalty: W over). */
    Constraint gridLimit(ConstraintFactory factory) {
        return drawPerSlot(factory)
                .filter((slot, gridW) -> gridW > slot.headroomW())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (slot, gridW) -> gridW - slot.headroomW())
                .justifyWith((slot, gridW, score) -> new LimitExceeded(
                        "slot " + slot.slot() + ": chargers draw " + gridW + " W, the grid allows " + slot.headroomW() + " W"))
                .asConstraint(GRID_LIMIT);
    }

    /** The pads of a circuit together draw at most its limit in every slot (penalty: W over). */
    Constraint circuitLimit(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.getCircuitSlot() != null && cell.wattsOrZero() > 0)
                .groupBy(PowerCell::getCircuitSlot, sumLong(PowerCell::gridW))
                .filter((circuitSlot, gridW) -> gridW > circuitSlot.limitW())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (circuitSlot, gridW) -> gridW - circuitSlot.limitW())
                .justifyWith((circuitSlot, gridW, score) -> new LimitExceeded(
                        "circuit " + circuitSlot.id() + ": pads draw " + gridW + " W, the circuit allows "
                                + circuitSlot.limitW() + " W"))
                .asConstraint(CIRCUIT_LIMIT);
    }

    /** A vehicle gets no more energy than it asked for (penalty: W·slots over). */
    Constraint energyAboveRequest(ConstraintFactory factory) {
        return deliveredPerSession(factory)
                .filter((session, wattSlots) -> wattSlots > session.requestWattSlots())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (session, wattSlots) -> wattSlots - session.requestWattSlots())
                .justifyWith((session, wattSlots, score) -> new LimitExceeded(
                        "session " + session.id() + " would get " + wattSlots + " W·slots, it asked for "
                                + session.requestWattSlots()))
                .asConstraint(ENERGY_ABOVE_REQUEST);
    }

    // Medium

    /** Every vehicle gets its must-have energy by departure (penalty: W·slots missing). */
    Constraint criticalEnergyMissing(ConstraintFactory factory) {
        return deliveredPerSession(factory)
                .filter((session, wattSlots) -> wattSlots < session.criticalWattSlots())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (session, wattSlots) -> session.criticalWattSlots() - wattSlots)
                .justifyWith((session, wattSlots, score) -> new EnergyMissing(session.id(),
                        session.criticalWattSlots() - wattSlots, "critical energy"))
                .asConstraint(CRITICAL_ENERGY_MISSING);
    }

    /** Every vehicle gets the energy it asked for, higher priority first (penalty: W·slots missing × priority weight). */
    Constraint energyMissing(ConstraintFactory factory) {
        return deliveredPerSession(factory)
                .filter((session, wattSlots) -> wattSlots < session.requestWattSlots())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (session, wattSlots) -> (session.requestWattSlots() - wattSlots) * session.weight())
                .justifyWith((session, wattSlots, score) -> new EnergyMissing(session.id(),
                        session.requestWattSlots() - wattSlots, "requested energy"))
                .asConstraint(ENERGY_MISSING);
    }

    // Soft

    /** The grid draw (base load plus chargers) stays flat, which keeps the peak low (penalty: (grid W)² / 1000 per slot). */
    Constraint flatGridDraw(ConstraintFactory factory) {
        return drawPerSlot(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (slot, gridW) -> {
                    long totalW = slot.baseLoadW() + gridW;
                    return totalW * totalW / 1_000;
                })
                .asConstraint(FLAT_GRID_DRAW);
    }

    /** Energy is bought when it is cheap (penalty: micro-currency). */
    Constraint energyCost(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.wattsOrZero() > 0 && cell.getSlot().pricePerKwh() != 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, PowerCell::costMicro)
                .asConstraint(ENERGY_COST);
    }

    /** Energy is bought when it is clean (penalty: mg CO2). */
    Constraint carbon(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.wattsOrZero() > 0 && cell.getSlot().carbonGPerKwh() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, PowerCell::carbonMg)
                .asConstraint(CARBON);
    }

    /** Energy comes sooner rather than later, so an early departure costs less (penalty: W × slots after arrival). */
    Constraint lateEnergy(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.wattsOrZero() > 0 && cell.getDelaySlots() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, cell -> (long) cell.wattsOrZero() * cell.getDelaySlots())
                .asConstraint(LATE_ENERGY);
    }

    /** A re-plan keeps what was published unless changing it pays (penalty: W changed). */
    Constraint planChanges(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.getPublishedW() >= 0 && cell.wattsOrZero() != cell.getPublishedW())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, cell -> Math.abs(cell.wattsOrZero() - cell.getPublishedW()))
                .asConstraint(PLAN_CHANGES);
    }

    /** Grid W drawn per slot, over slots with any power. */
    private static BiConstraintStream<SlotCapacity, Long> drawPerSlot(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(POWERED)
                .groupBy(SLOT, sumLong(GRID_W));
    }

    /** Delivered W·slots per session, including sessions that get nothing (0). */
    private static BiConstraintStream<ChargingSession, Long> deliveredPerSession(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(POWERED)
                .groupBy(SESSION, sumLong(WATTS))
                .complement(ChargingSession.class, NOTHING);
    }
}
