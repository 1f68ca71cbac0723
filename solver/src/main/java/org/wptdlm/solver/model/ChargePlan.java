package org.wptdlm.solver.model;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * The Timefold solution: one power cell per served session and slot of its stay. Pads are decided
 * before (see docs/solver.md). {@code problem} and {@code padOfSession} travel along so the greedy
 * phase and the result mapping can read them; they are never changed.
 */
@PlanningSolution
public class ChargePlan {

    private IndexedProblem problem;
    private int[] padOfSession;

    @ProblemFactCollectionProperty
    private List<SlotCapacity> slots;
    @ProblemFactCollectionProperty
    private List<CircuitSlot> circuitSlots;
    @ProblemFactCollectionProperty
    private List<ChargingSession> sessions;
    @PlanningEntityCollectionProperty
    private List<PowerCell> cells;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public ChargePlan() {
    }

    public ChargePlan(IndexedProblem problem, int[] padOfSession, List<SlotCapacity> slots, List<CircuitSlot> circuitSlots,
            List<ChargingSession> sessions, List<PowerCell> cells,
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.problem = problem;
        this.padOfSession = padOfSession.clone();
        this.slots = slots;
        this.circuitSlots = circuitSlots;
        this.sessions = sessions;
        this.cells = cells;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public IndexedProblem getProblem() {
        return problem;
    }

    public int padOfSession(int session) {
        return padOfSession[session];
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
