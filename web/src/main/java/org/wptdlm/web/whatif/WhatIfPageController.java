package org.wptdlm.web.whatif;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.wptdlm.db.hub.HubFilter;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.web.dashboard.ChartJson;
import org.wptdlm.web.dashboard.DashboardClock;
import org.wptdlm.web.plan.CurrentPlan;
import org.wptdlm.web.plan.GridChart;
import org.wptdlm.web.plan.LivePlans;
import org.wptdlm.web.plan.PlanCharts;

/**
 * The What-if page: a form for one scenario against a hub's current plan, solved by the what-if
 * service (which saves it and bounds its size and solving time), and the result beside the current plan.
 */
@Controller
class WhatIfPageController {

    private final HubRepository hubs;
    private final PadRepository pads;
    private final LivePlans livePlans;
    private final WhatIfService whatIf;
    private final ChartJson chartJson;
    private final Clock clock;

    WhatIfPageController(HubRepository hubs, PadRepository pads, LivePlans livePlans, WhatIfService whatIf,
            ChartJson chartJson, DashboardClock clock) {
        this.hubs = hubs;
        this.pads = pads;
        this.livePlans = livePlans;
        this.whatIf = whatIf;
        this.chartJson = chartJson;
        this.clock = clock.clock();
    }

    @GetMapping("/what-if")
    String form(@RequestParam(name = "hubId", required = false) String hubId, Model model) {
        List<Hub> all = hubs.findAll(HubFilter.ALL, new PageQuery(0, PageQuery.MAX_SIZE)).items();
        // Looked up by id, not in the list: the list is one page and may not hold the hub asked for.
        Optional<Hub> chosen = Optional.ofNullable(hubId)
                .flatMap(hubs::findById)
                .or(() -> all.stream().findFirst());
        model.addAttribute("hubs", all);
        chosen.ifPresent(hub -> {
            model.addAttribute("form", WhatIfForm.suggestedFor(hub.id(), hub.gridLimitKw(), LocalDateTime.now(clock)));
            model.addAttribute("gridLimitKw", hub.gridLimitKw());
            model.addAttribute("pads", pads.findAllByHub(hub.id()));
            model.addAttribute("planned", livePlans.of(hub.id()).isPresent());
        });
        model.addAttribute("priorities", PriorityClass.values());
        model.addAttribute("maxAdded", WhatIfForm.MAX_ADDED);
        return "dashboard/what-if";
    }

    @PostMapping("/what-if")
    String run(@ModelAttribute WhatIfForm form, Principal caller, Model model) {
        Optional<CurrentPlan> current = livePlans.of(form.getHubId());
        if (current.isEmpty()) {
            model.addAttribute("error", new WhatIfError("Hub " + form.getHubId() + " has no plan yet to compare with.",
                    List.of("A what-if starts from the plan the hub follows; it gets one at its next re-plan.")));
            return "dashboard/what-if :: result";
        }
        try {
            PlanningProblem base = current.get().problem();
            ScenarioView scenario = whatIf.create(new ScenarioRequest(form.getHubId(), form.getName(),
                    form.toChanges(clock.getZone(), base.slotMinutes()), form.budgetMillis()), caller.getName());
            model.addAttribute("result", result(scenario, current.get()));
        } catch (ErrorResponseException refused) {
            model.addAttribute("error", WhatIfError.of(refused.getBody()));
        }
        return "dashboard/what-if :: result";
    }

    private WhatIfResult result(ScenarioView scenario, CurrentPlan current) {
        ScenarioRun run = scenario.latestRun();
        GridChart now = new PlanCharts(current.problem(), current.plan().sessions(), clock.getZone()).gridDraw(clock.instant());
        GridChart then = new PlanCharts(run.problem(), run.plan().sessions(), clock.getZone()).gridDraw(clock.instant());
        double scaleKw = Math.max(now.highestKw(), then.highestKw());
        return new WhatIfResult(scenario.id(), scenario.name(), scenario.hubId(), current.plan().kpis(), run.plan().kpis(),
                run.comparison(), chartJson.write(now.withYMax(scaleKw)), chartJson.write(then.withYMax(scaleKw)));
    }


    /** Why a scenario was refused, with each reason the what-if service gave. */
    record WhatIfError(String detail, List<String> violations) {

        static WhatIfError of(ProblemDetail problem) {
            Object violations = problem.getProperties() == null ? null : problem.getProperties().get("violations");
            List<String> reasons = violations instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
            return new WhatIfError(problem.getDetail(), reasons);
        }
    }
}
