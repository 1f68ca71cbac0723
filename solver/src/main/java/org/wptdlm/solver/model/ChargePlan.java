package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * The Timefold solution: one pad choice per session and one power cell per session and slot of its stay
 * (see docs/solver.md). {@code problem} travels along so the greedy phase and the result mapping can
 * read it; it is never changed.
 */
@PlanningSolution
public class ChargePlan {

    private IndexedProblem problem;

    @ProblemFactCollectionProperty
    private List<SlotCapacity> slots;
    @ProblemFactCollectionProperty
    private List<CircuitSlot> circuitSlots;
    @ProblemFactCollectionProperty
    private List<ChargingSession> sessions;
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "pads")
    private List<PadFact> pads;
    @PlanningEntityCollectionProperty
    private List<PadChoice> padChoices;
    @PlanningEntityCollectionProperty
    private List<PowerCell> cells;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public ChargePlan() {
    }

    @SuppressWarnings("java:S107")
    public ChargePlan(IndexedProblem problem, List<SlotCapacity> slots, List<CircuitSlot> circuitSlots,
            List<ChargingSession> sessions, List<PadFact> pads, List<PadChoice> padChoices, List<PowerCell> cells,
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.problem = problem;
        this.slots = slots;
        this.circuitSlots = circuitSlots;
        this.sessions = sessions;
        this.pads = pads;
        this.padChoices = padChoices;
        this.cells = cells;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public IndexedProblem getProblem() {
        return problem;
    }

    public List<PadFact> getPads() {
        return pads;
    }

    public List<PadChoice> getPadChoices() {
        return padChoices;
    }

    public List<SlotCapacity> getSlots() {
        return slots;
    }

    public List<CircuitSlot> getCircuitSlots() {
        return circuitSlots;
    }

    public List<ChargingSession> getSessions() {
        return sessions;
    }

    public List<PowerCell> getCells() {
        return cells;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
