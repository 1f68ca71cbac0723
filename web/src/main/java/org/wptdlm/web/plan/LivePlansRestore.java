package org.wptdlm.web.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.db.plan.PlanRepository.PlanWithProblem;
import org.wptdlm.domain.planning.InvalidProblemException;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.SessionPlan;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.solver.io.PlanningJson;

/**
 * Puts every hub's last published plan back into {@link LivePlans} at start-up, before the web server
 * and the MQTT client start, so pages and API show the plan in force at once instead of "no plan"
 * until the next re-plan (which waits for MQTT). Plans whose horizon has ended are left out: they no
 * longer say what a hub does.
 */
@Component
class LivePlansRestore implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LivePlansRestore.class);

    private final PlanRepository plans;
    private final LivePlans livePlans;
    private final Clock clock;
    private final ReplanSettings replan;

    LivePlansRestore(PlanRepository plans, LivePlans livePlans, Clock clock, ReplanSettings replan) {
        this.plans = plans;
        this.livePlans = livePlans;
        this.clock = clock;
        this.replan = replan;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            log.info("Restored the last published plan of {} hubs from the database", restore());
        } catch (DataAccessException e) {
            // Without the database the hubs show no plan until the live loop re-plans them, as before.
            log.warn("Stored plans could not be read at start-up; hubs show their plan from the next re-plan", e);
        }
    }

    /** Restores every hub's latest stored plan still in force; returns how many. */
    int restore() {
        Instant now = clock.instant();
        // A live plan starts when it is made: one made more than a horizon ago has ended (a slot to spare).
        Duration horizon = Duration.ofMinutes((long) replan.slotMinutes() * (replan.horizonSlots() + 1));
        int restored = 0;
        for (PlanWithProblem stored : plans.latestWithProblemPerHub(now.minus(horizon))) {
            if (stored.plan().endAt().isAfter(now) && restore(stored)) {
                restored++;
            }
        }
        return restored;
    }

    private boolean restore(PlanWithProblem stored) {
        var plan = stored.plan();
        try {
            List<SessionPlan> sessions = plan.allocations().stream()
                    .map(allocation -> new SessionPlan(allocation.sessionId(), allocation.padId(), allocation.kwBySlot()))
                    .toList();
            livePlans.restore(new CurrentPlan(plan.hubId(), PlanningJson.parseProblem(stored.problemJson()),
                    new Plan(sessions, PlanRepository.kpis(plan.kpisJson()), plan.strategy(), List.of()),
                    plan.createdAt(), plan.gridLimitSteps(), true));
            return true;
        } catch (InvalidProblemException e) {
            log.warn("Hub {}: stored plan {} has a problem that no longer reads ({}); not restored", plan.hubId(),
                    plan.id(), e.getMessage());
            return false;
        }
    }
}
