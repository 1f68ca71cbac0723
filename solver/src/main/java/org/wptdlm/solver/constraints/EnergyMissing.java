package org.wptdlm.solver.constraints;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** A session that leaves without some of its energy: which, how much (W·slots) and of what kind. */
public record EnergyMissing(String sessionId, long missingWattSlots, String kind) implements ConstraintJustification {

    public String description() {
        return "session " + sessionId + " misses " + missingWattSlots + " W·slots of " + kind;
    }
}
