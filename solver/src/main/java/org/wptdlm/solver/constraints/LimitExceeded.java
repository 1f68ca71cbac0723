package org.wptdlm.solver.constraints;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why a hard score was lost, in words an operator reads. */
public record LimitExceeded(String description) implements ConstraintJustification {
}
