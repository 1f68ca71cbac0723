package org.wptdlm.web.dashboard;

import java.util.List;

/**
 * One constraint that cost the plan score, in words: which rule, how hard it weighs (hard, medium or
 * soft), a sentence an operator understands, and the largest cases.
 *
 * @param score the constraint's score impact as the solver writes it, for the curious
 * @param moreCases cases beyond those listed
 */
record ScoreReason(String constraint, String level, String headline, List<String> cases, int moreCases, String score) {}
