package org.wptdlm.web.whatif;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.wptdlm.db.whatif.RunSummary;
import org.wptdlm.domain.planning.InvalidProblemException;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.whatif.AddedVehicle;
import org.wptdlm.solver.whatif.PlanDiff;
import org.wptdlm.solver.whatif.ScenarioApplier;
import org.wptdlm.solver.whatif.ScenarioChanges;
import org.wptdlm.solver.whatif.ScenarioException;
import org.wptdlm.solver.whatif.VehicleBattery;
import org.wptdlm.web.plan.CurrentPlan;
import org.wptdlm.web.plan.LivePlans;

/**
 * Applies a scenario to a hub's live problem, solves it within bounds (size, time budget, concurrent
 * solves) and compares it with the plan the hub follows. Nothing is published: the live plan is only read.
 */
@Service
public class WhatIfService {

    private static final Logger log = LoggerFactory.getLogger(WhatIfService.class);
    static final int LIST_LIMIT = 200;

    private final LivePlans livePlans;
    private final WhatIfStore repository;
    private final TransactionTemplate transactions;
    private final WhatIfProperties properties;
    private final SolveSlots solveSlots;
    private final Planner planner;
    private final Clock clock;

    WhatIfService(LivePlans livePlans, WhatIfStore repository, TransactionTemplate transactions,
            WhatIfProperties properties, ObjectProvider<Planner> planner, ObjectProvider<Clock> clock) {
        this.livePlans = livePlans;
        this.repository = repository;
        this.transactions = transactions;
        this.properties = properties;
        this.solveSlots = new SolveSlots(properties.maxConcurrentSolves(),
                Math.max(1, (properties.maxTimeBudget().toMillis() + 999) / 1000));
        this.planner = planner.getIfAvailable(Planner::new);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public ScenarioView create(ScenarioRequest request, String user) {
        Duration budget = budget(request.timeBudgetMs());
        CurrentPlan current = current(request.hubId());
        PlanningProblem problem = apply(current, request.changes());
        Instant now = clock.instant();
        Solved solved = solveSlots.run(() -> solve(current, problem, request.changes(), budget));
        return transactions.execute(status -> {
            Scenario scenario = repository.insert(new Scenario(null, request.hubId(), request.name(), request.changes(), user, now));
            ScenarioRun run = repository.insert(solved.toRun(scenario.id(), user, now));
            log.info("What-if scenario {} '{}' for hub {} by {}: {} kWh against {} kWh now, {} critical needs lost",
                    scenario.id(), scenario.name(), scenario.hubId(), user, run.comparison().scenarioEnergyKwh(),
                    run.comparison().currentEnergyKwh(), run.comparison().criticalNeedsLost());
            return ScenarioView.of(scenario, run);
        });
    }

    ScenarioRun rerun(long scenarioId, Long timeBudgetMs, String user) {
        Duration budget = budget(timeBudgetMs);
        Scenario scenario = scenario(scenarioId);
        CurrentPlan current = current(scenario.hubId());
        PlanningProblem problem = apply(current, scenario.changes());
        Instant now = clock.instant();
        Solved solved = solveSlots.run(() -> solve(current, problem, scenario.changes(), budget));
        return repository.insert(solved.toRun(scenarioId, user, now));
    }

    ScenarioView find(long scenarioId) {
        Scenario scenario = scenario(scenarioId);
        return ScenarioView.of(scenario, repository.findLatestRun(scenarioId).orElse(null));
    }

    List<ScenarioSummary> list(String hubId) {
        return repository.findScenarios(hubId, LIST_LIMIT).stream()
                .map(scenario -> new ScenarioSummary(scenario.id(), scenario.hubId(), scenario.name(), scenario.createdBy(),
                        scenario.createdAt(), repository.findRunSummaries(scenario.id()).stream().findFirst().orElse(null)))
                .toList();
    }

    List<RunSummary> runs(long scenarioId) {
        scenario(scenarioId);
        return repository.findRunSummaries(scenarioId);
    }

    ScenarioRun run(long scenarioId, long runId) {
        return repository.findRun(scenarioId, runId).orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND,
                "Scenario " + scenarioId + " has no run " + runId + "."));
    }

    void delete(long scenarioId) {
        if (!repository.deleteScenario(scenarioId)) {
            throw notFound(scenarioId);
        }
    }

    ScenarioComparisonView compare(List<Long> scenarioIds) {
        if (scenarioIds.isEmpty() || scenarioIds.size() > 10) {
            throw Problems.unprocessable("Compare 1 to 10 scenarios.", List.of("scenarioIds has " + scenarioIds.size()));
        }
        List<Scenario> scenarios = scenarioIds.stream().map(this::scenario).toList();
        List<ScenarioRun> runs = scenarios.stream()
                .map(scenario -> repository.findLatestRun(scenario.id()).orElseThrow(() -> Problems.of(HttpStatus.CONFLICT,
                        "Scenario " + scenario.id() + " has not been run yet.")))
                .toList();
        return ScenarioComparisonView.of(scenarios, runs);
    }

    private Duration budget(Long timeBudgetMs) {
        Duration budget = timeBudgetMs == null ? properties.defaultTimeBudget() : Duration.ofMillis(timeBudgetMs);
        if (budget.compareTo(properties.maxTimeBudget()) > 0) {
            throw Problems.unprocessable("The time budget is too long.", List.of("timeBudgetMs must be at most "
                    + properties.maxTimeBudget().toMillis() + ", was " + timeBudgetMs));
        }
        return budget;
    }

    private CurrentPlan current(String hubId) {
        return livePlans.of(hubId).orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND,
                "Hub '" + hubId + "' has no live plan: it is unknown or has not been planned yet."));
    }

    private Scenario scenario(long scenarioId) {
        return repository.findScenario(scenarioId).orElseThrow(() -> notFound(scenarioId));
    }

    private static RuntimeException notFound(long scenarioId) {
        return Problems.of(HttpStatus.NOT_FOUND, "There is no what-if scenario " + scenarioId + ".");
    }

    private PlanningProblem apply(CurrentPlan current, ScenarioChanges changes) {
        PlanningProblem problem;
        try {
            problem = ScenarioApplier.apply(current.problem(), changes);
        } catch (ScenarioException e) {
            throw Problems.unprocessable("The scenario does not fit hub '" + current.hubId() + "'.", e.violations());
        } catch (IllegalArgumentException e) {
            throw Problems.unprocessable("The scenario does not fit hub '" + current.hubId() + "'.", List.of(e.getMessage()));
        }
        List<String> tooLarge = ScenarioSize.violations(problem, properties);
        if (!tooLarge.isEmpty()) {
            throw Problems.unprocessable("The scenario is too large to solve here.", tooLarge);
        }
        return problem;
    }

    private Solved solve(CurrentPlan current, PlanningProblem problem, ScenarioChanges changes, Duration budget) {
        Plan plan;
        try {
            Plan greedy = planner.greedy(problem);
            plan = budget.isZero() ? greedy : planner.improve(problem, greedy, budget);
        } catch (InvalidProblemException e) {
            throw Problems.unprocessable("The scenario makes an invalid planning problem.", e.violations());
        }
        return new Solved(current, problem, plan, batteries(current.problem(), problem, changes));
    }

    /** Last known battery of every vehicle in either problem; an added vehicle's own figures win. */
    private Map<String, VehicleBattery> batteries(PlanningProblem currentProblem, PlanningProblem problem,
            ScenarioChanges changes) {
        Set<String> vehicleIds = new HashSet<>();
        currentProblem.sessions().stream().map(Session::vehicleId).forEach(vehicleIds::add);
        problem.sessions().stream().map(Session::vehicleId).forEach(vehicleIds::add);
        Map<String, VehicleBattery> batteries = new HashMap<>(repository.batteries(vehicleIds));
        for (AddedVehicle added : changes.addedVehicles()) {
            if (added.batteryCapacityKwh() != null && added.socPercent() != null) {
                batteries.put(added.vehicleId(), new VehicleBattery(added.batteryCapacityKwh(), added.socPercent()));
            }
        }
        return batteries;
    }

    private record Solved(CurrentPlan current, PlanningProblem problem, Plan plan, Map<String, VehicleBattery> batteries) {

        ScenarioRun toRun(long scenarioId, String user, Instant ranAt) {
            return new ScenarioRun(null, scenarioId, user, ranAt, problem, plan, current.plan() == null ? null
                    : current.plan().kpis(), PlanDiff.compare(current.problem(), current.plan(), problem, plan, batteries));
        }
    }
}
