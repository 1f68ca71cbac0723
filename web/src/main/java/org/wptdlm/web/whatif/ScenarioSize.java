package org.wptdlm.web.whatif;

import java.util.ArrayList;
import java.util.List;
import org.wptdlm.domain.planning.PlanningProblem;

/** The size limits a scenario's problem must keep (see {@link WhatIfProperties}); the reasons for each one broken. */
final class ScenarioSize {

    private ScenarioSize() {
    }

    static List<String> violations(PlanningProblem problem, WhatIfProperties limits) {
        List<String> violations = new ArrayList<>();
        int sessions = problem.sessions().size();
        if (sessions > limits.maxSessions()) {
            violations.add("the scenario has " + sessions + " sessions; at most " + limits.maxSessions() + " are allowed");
        }
        if (problem.pads().size() > limits.maxPads()) {
            violations.add("the hub has " + problem.pads().size() + " pads; at most " + limits.maxPads() + " are allowed");
        }
        if (problem.slots() > limits.maxSlots()) {
            violations.add("the horizon has " + problem.slots() + " slots; at most " + limits.maxSlots() + " are allowed");
        }
        long sessionSlots = (long) sessions * problem.slots();
        if (sessionSlots > limits.maxSessionSlots()) {
            violations.add("sessions x slots is " + sessionSlots + "; at most " + limits.maxSessionSlots() + " are allowed");
        }
        return violations;
    }
}
