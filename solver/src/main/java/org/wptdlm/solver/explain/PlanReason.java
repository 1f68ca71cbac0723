package org.wptdlm.solver.explain;

import java.util.List;

/**
 * One goal that cost the plan score, in words: which rule, how hard it weighs (hard, medium or soft), a
 * sentence an operator understands, and the largest cases.
 *
 * @param score the goal's score impact as the solver writes it, for the curious
 * @param moreCases cases beyond those listed
 */
public record PlanReason(String constraint, String level, String headline, List<String> cases, int moreCases, String score) {
}
