package org.wptdlm.solver;

import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;

/** Small hand-made problems: 1-hour slots so that kW and kWh read the same. */
public final class TestProblems {

    public static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private TestProblems() {
    }

    public static PlanningProblem hourly(int slots, double gridKw, List<Pad> pads, List<Session> sessions) {
        return new PlanningProblem(START, 60, slots, new HubLimits("H1", gridKw, null, null), List.of(), pads, null,
                null, sessions);
    }

    public static PlanningProblem hourly(int slots, double gridKw, List<Circuit> circuits, List<Pad> pads,
            List<Session> sessions) {
        return new PlanningProblem(START, 60, slots, new HubLimits("H1", gridKw, null, null), circuits, pads, null,
                null, sessions);
    }

    public static Pad pad(String id, double maxKw) {
        return new Pad(id, maxKw, 1.0, null);
    }

    public static Session session(String id, int arrival, int departure, double energyKwh, double maxKw) {
        return new Session(id, "V-" + id, arrival, departure, energyKwh, null, maxKw, 0, null);
    }

    public static Session session(String id, int arrival, int departure, double energyKwh, double maxKw, int priority,
            Double criticalKwh) {
        return new Session(id, "V-" + id, arrival, departure, energyKwh, criticalKwh, maxKw, priority, null);
    }
}
