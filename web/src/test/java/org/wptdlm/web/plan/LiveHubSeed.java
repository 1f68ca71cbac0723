package org.wptdlm.web.plan;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.planning.HubLimits;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.solver.Planner;

/**
 * Puts a hub into the database and a greedy plan for it into {@link LivePlans}, as the live loop
 * would: 4 pads of 22 kW (90 % efficient) behind {@code gridLimitKw}, 15-minute slots over 8 hours.
 * Ids are unique per call, so tests can share a database across runs.
 */
public final class LiveHubSeed {

    public static final int SLOTS = 32;

    private LiveHubSeed() {
    }

    public record Seeded(String hubId, PlanningProblem problem, Plan plan) {
    }

    public static Seeded seed(HubRepository hubs, LivePlans livePlans, Planner planner, double latitude, double longitude,
            double gridLimitKw, int sessions) {
        String hubId = "hub-" + UUID.randomUUID().toString().substring(0, 8);
        hubs.insert(new Hub(hubId, "Test hub " + hubId, null, latitude, longitude, gridLimitKw, HubStatus.ONLINE));
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        List<Pad> pads = List.of(new Pad("p1", 22, 0.9, null), new Pad("p2", 22, 0.9, null),
                new Pad("p3", 22, 0.9, null), new Pad("p4", 22, 0.9, null));
        List<Session> planned = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            planned.add(new Session(hubId + "-s" + i, hubId + "-ev" + i, i < 2 ? 0 : 2 * i, Math.min(SLOTS, 8 + 3 * i),
                    30, 5.0, 11, i % 3, i < 2 ? "p" + (i + 1) : null));
        }
        PlanningProblem problem = new PlanningProblem(start, 15, SLOTS, new HubLimits(hubId, gridLimitKw, null, null),
                List.of(), pads, null, null, planned);
        Plan plan = planner.greedy(problem);
        livePlans.record(hubId, problem, plan, start);
        return new Seeded(hubId, problem, plan);
    }
}
