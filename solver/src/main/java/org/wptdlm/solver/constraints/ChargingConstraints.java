package org.wptdlm.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.wptdlm.solver.model.ChargingSession;
import org.wptdlm.solver.model.PadChoice;
import org.wptdlm.solver.model.PowerCell;
import org.wptdlm.solver.model.SlotCapacity;

/**
 * The score of a charge plan, in the objective order of docs/solver.md. Hard: limits (grid µW over,
 * W·slots over the request). Medium: energy missing (W·slots × weight), critical first. Soft, weighted so
 * that each goal outranks the next at the sizes that occur: early energy, peak target (only when the
 * hub sets one), cost and carbon, smooth setpoints, then the tie-breaks deferred energy and stability
 * against the published plan. Each constraint's penalty is the size of the violation in the unit its comment names; weights
 * come from the solution's overrides ({@link org.wptdlm.solver.PlanningWeights}).
 */
public class ChargingConstraints implements ConstraintProvider {

    public static final String GRID_LIMIT = "Grid limit";
    public static final String CIRCUIT_LIMIT = "Circuit limit";
    public static final String ENERGY_ABOVE_REQUEST = "Energy above request";
    public static final String PAD_RATE = "Pad rate";
    public static final String PAD_SHARED = "Pad shared";
    public static final String CRITICAL_ENERGY_MISSING = "Critical energy missing";
    public static final String ENERGY_MISSING = "Requested energy missing";
    public static final String LATE_ENERGY = "Late energy";
    public static final String PEAK_ABOVE_TARGET = "Peak above target";
    public static final String ENERGY_COST = "Energy cost";
    public static final String CARBON = "Carbon";
    public static final String DEFERRED_ENERGY = "Deferred energy";
    public static final String SETPOINT_CHANGES = "Setpoint changes";
    public static final String PLAN_CHANGES = "Plan changes";

    /** What one setpoint change costs on top of its size, in W: many small changes are worse than one big one. */
    public static final long SETPOINT_CHANGE_W = 1_000;

    private static final long MICRO_PER_UNIT = 1_000_000;

    // Shared instances let Timefold share the stream nodes between constraints (it compares by identity).
    private static final Predicate<PowerCell> POWERED = cell -> cell.wattsOrZero() > 0;
    private static final Function<PowerCell, SlotCapacity> SLOT = PowerCell::getSlot;
    private static final Function<PowerCell, ChargingSession> SESSION = PowerCell::getSession;
    private static final ToLongFunction<PowerCell> GRID_MICRO_W = PowerCell::gridMicroW;
    private static final ToLongFunction<PowerCell> WATTS = cell -> cell.wattsOrZero();
    private static final Function<ChargingSession, Long> NOTHING = session -> 0L;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            // Hard
            gridLimit(factory),
            circuitLimit(factory),
            energyAboveRequest(factory),
            padRate(factory),
            padShared(factory),
            // Medium
            criticalEnergyMissing(factory),
            energyMissing(factory),
            // Soft
            lateEnergy(factory),
            peakAboveTarget(factory),
            energyCost(factory),
            carbon(factory),
            deferredEnergy(factory),
            setpointChanges(factory),
            planChanges(factory)
        };
    }

    // Hard

    /** The chargers together draw at most the grid limit minus base load in every slot (penalty: µW over). */
    Constraint gridLimit(ConstraintFactory factory) {
        return drawPerSlot(factory)
                .filter((slot, gridMicroW) -> gridMicroW > slot.headroomMicroW())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (slot, gridMicroW) -> gridMicroW - slot.headroomMicroW())
                .justifyWith((slot, gridMicroW, score) -> new LimitExceeded(
                        "slot " + slot.slot() + ": chargers draw " + watts(gridMicroW) + " W, the grid allows "
                                + watts(slot.headroomMicroW()) + " W"))
                .asConstraint(GRID_LIMIT);
    }

    /** The pads of a circuit together draw at most its limit in every slot (penalty: µW over). */
    Constraint circuitLimit(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.getCircuitSlot() != null && cell.wattsOrZero() > 0)
                .groupBy(PowerCell::getCircuitSlot, sumLong(GRID_MICRO_W))
                .filter((circuitSlot, gridMicroW) -> gridMicroW > circuitSlot.limitMicroW())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (circuitSlot, gridMicroW) -> gridMicroW - circuitSlot.limitMicroW())
                .justifyWith((circuitSlot, gridMicroW, score) -> new LimitExceeded(
                        "circuit " + circuitSlot.id() + ": pads draw " + watts(gridMicroW) + " W, the circuit allows "
                                + watts(circuitSlot.limitMicroW()) + " W"))
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

/** A vehicle takes no more than its pad and itself allow, and nothing without a pad (penalty: W over). */
    Constraint padRate(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.wattsOrZero() > cell.getMaxW())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, cell -> cell.wattsOrZero() - cell.getMaxW())
                .justifyWith((cell, score) -> new LimitExceeded("session " + cell.getSession().id() + " slot "
                        + cell.getSlot().slot() + ": " + cell.wattsOrZero() + " W, its pad allows " + cell.getMaxW() + " W"))
                .asConstraint(PAD_RATE);
    }

    /** One vehicle per pad at a time (penalty: slots two vehicles would share a pad). */
    Constraint padShared(ConstraintFactory factory) {
        return factory.forEachUniquePair(PadChoice.class, Joiners.equal(PadChoice::getPad))
                .filter(PadChoice::sharesPadWith)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, PadChoice::overlapSlots)
                .justifyWith((first, second, score) -> new LimitExceeded("pad " + first.getPad() + " would hold "
                        + first.getSession().id() + " and " + second.getSession().id() + " at the same time"))
                .asConstraint(PAD_SHARED);
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

    /**
     * Energy comes as early as possible until the session's conservative stay, so a driver who leaves
     * early leaves with the most (penalty: W × slots after arrival, counted up to the conservative stay).
     */
    Constraint lateEnergy(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.wattsOrZero() > 0 && cell.getEarlySlots() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, cell -> (long) cell.wattsOrZero() * cell.getEarlySlots())
                .asConstraint(LATE_ENERGY);
    }

    /** Where the hub sets a peak target, the grid draw with base load stays below it (penalty: W above, per slot). */
    Constraint peakAboveTarget(ConstraintFactory factory) {
        return drawPerSlot(factory)
                .filter((slot, gridMicroW) -> slot.hasPeakTarget()
                        && slot.baseLoadW() * MICRO_PER_UNIT + gridMicroW > slot.peakTargetW() * MICRO_PER_UNIT)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (slot, gridMicroW) -> ceilDiv(
                        slot.baseLoadW() * MICRO_PER_UNIT + gridMicroW - slot.peakTargetW() * MICRO_PER_UNIT, MICRO_PER_UNIT))
                .asConstraint(PEAK_ABOVE_TARGET);
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

    /** Energy beyond the conservative stay still comes sooner rather than later, when price and carbon tie (penalty: W × slots beyond it). */
    Constraint deferredEnergy(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.wattsOrZero() > 0 && cell.getDeferredSlots() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, cell -> (long) cell.wattsOrZero() * cell.getDeferredSlots())
                .asConstraint(DEFERRED_ENERGY);
    }

    /**
     * A vehicle's setpoint changes from one slot to the next only when that pays (penalty: W changed plus
     * {@link #SETPOINT_CHANGE_W} per change).
     */
    Constraint setpointChanges(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.getPreviousCellId() != null)
                .join(PowerCell.class, Joiners.equal(PowerCell::getPreviousCellId, PowerCell::getId))
                .filter((cell, previous) -> cell.wattsOrZero() != previous.wattsOrZero())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (cell, previous) -> SETPOINT_CHANGE_W + Math.abs(cell.wattsOrZero() - previous.wattsOrZero()))
                .asConstraint(SETPOINT_CHANGES);
    }

    /** A re-plan keeps what was published unless changing it pays (penalty: W changed). */
    Constraint planChanges(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(cell -> cell.getPublishedW() >= 0 && cell.wattsOrZero() != cell.getPublishedW())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, cell -> Math.abs(cell.wattsOrZero() - cell.getPublishedW()))
                .asConstraint(PLAN_CHANGES);
    }

    /** Grid µW drawn by the chargers per slot, over slots with any power. */
    private static BiConstraintStream<SlotCapacity, Long> drawPerSlot(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(POWERED)
                .groupBy(SLOT, sumLong(GRID_MICRO_W));
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    /** µW as watts with three decimals, for justifications. */
    private static String watts(long microW) {
        return String.format(Locale.ROOT, "%.3f", microW / (double) MICRO_PER_UNIT);
    }

    /** Delivered W·slots per session, including sessions that get nothing (0). */
    private static BiConstraintStream<ChargingSession, Long> deliveredPerSession(ConstraintFactory factory) {
        return factory.forEach(PowerCell.class)
                .filter(POWERED)
                .groupBy(SESSION, sumLong(WATTS))
                .complement(ChargingSession.class, NOTHING);
    }
}
