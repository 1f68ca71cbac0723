package org.wptdlm.solver.recommendation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.domain.planning.SessionPlan;

/** Small hubs for the recommendation tests: 15-minute slots over 8 hours from {@link #START}. */
final class HubFixtures {

    static final Instant START = Instant.parse("2026-11-23T12:00:00Z");
    static final int SLOT_MINUTES = 15;
    static final int SLOTS = 32;

    private HubFixtures() {
    }

    static PlanningProblem problem(double gridLimitKw, List<Pad> pads, List<Session> sessions) {
        return problem(gridLimitKw, List.of(), pads, sessions, null);
    }

    static PlanningProblem problem(double gridLimitKw, List<Circuit> circuits, List<Pad> pads, List<Session> sessions,
            List<Double> pricePerKwhBySlot) {
        return new PlanningProblem(START, SLOT_MINUTES, SLOTS, new HubLimits("hub", gridLimitKw, null, null), circuits,
                pads, pricePerKwhBySlot, null, sessions);
    }

    static Pad pad(String id, double maxKw) {
        return new Pad(id, maxKw, 1.0, null);
    }

    static Session parked(String id, String padId, int arrivalSlot, int departureSlot) {
        return new Session(id, "vehicle-" + id, arrivalSlot, departureSlot, 1000.0, null, 50.0, 1, padId);
    }

    /** A plan giving every listed session {@code kw} on its pad through its whole stay. */
    static Plan constantPlan(PlanningProblem problem, double kw) {
        List<SessionPlan> rows = new ArrayList<>();
        for (Session session : problem.sessions()) {
            List<Double> kwBySlot = new ArrayList<>(Collections.nCopies(problem.slots(), 0.0));
            for (int t = session.arrivalSlot(); t < session.departureSlot(); t++) {
                kwBySlot.set(t, kw);
            }
            rows.add(new SessionPlan(session.id(), session.padId(), kwBySlot));
        }
        return new Plan(rows, null, "test", null);
    }

    static List<Double> flat(double value) {
        return Collections.nCopies(SLOTS, value);
    }
}
