package org.wptdlm.web.whatif;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wptdlm.db.whatif.RunSummary;

@RestController
@RequestMapping("/api/what-if")
@Tag(name = "What-if", description = "Operators' scenarios against a hub's live state; nothing is published to the hub."
        + " Roles: OPERATOR, ADMIN.")
class WhatIfController {

    private static final String BOUNDS = " Bounded: a body over dlm.what-if.max-request-bytes is 413; a scenario over the"
            + " size limits, an over-long time budget or a change that does not fit the hub is 422 with the reasons in"
            + " 'violations'; when every solve slot is busy, 429 with Retry-After.";

    private final WhatIfService service;

    WhatIfController(WhatIfService service) {
        this.service = service;
    }

    @PostMapping("/scenarios")
    @Operation(summary = "Create a scenario and solve it", description = "Role: OPERATOR, ADMIN. Applies the changes to"
            + " the hub's live problem, solves (greedy, then Timefold within timeBudgetMs), saves scenario and run, and"
            + " answers the problem, plan, KPIs and the per-vehicle comparison with the live plan." + BOUNDS)
    ResponseEntity<ScenarioView> create(@Valid @RequestBody ScenarioRequest request, Principal caller) {
        ScenarioView created = service.create(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/what-if/scenarios/" + created.id())).body(created);
    }

    @GetMapping("/scenarios")
    @Operation(summary = "List saved scenarios, newest first", description = "Role: OPERATOR, ADMIN. At most 200;"
            + " narrowed to one hub with hubId.")
    List<ScenarioSummary> list(@RequestParam(required = false) String hubId) {
        return service.list(hubId);
    }

    @GetMapping("/scenarios/{id}")
    @Operation(summary = "A scenario with its latest run", description = "Role: OPERATOR, ADMIN.")
    ScenarioView find(@PathVariable long id) {
        return service.find(id);
    }

    @DeleteMapping("/scenarios/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a scenario and its runs", description = "Role: OPERATOR, ADMIN.")
    void delete(@PathVariable long id) {
        service.delete(id);
    }

    @PostMapping("/scenarios/{id}/runs")
    @Operation(summary = "Re-run a scenario against the hub's state now", description = "Role: OPERATOR, ADMIN." + BOUNDS)
    ResponseEntity<ScenarioRun> rerun(@PathVariable long id, @Valid @RequestBody(required = false) RunRequest request,
            Principal caller) {
        ScenarioRun run = service.rerun(id, request == null ? null : request.timeBudgetMs(), caller.getName());
        return ResponseEntity.created(URI.create("/api/what-if/scenarios/" + id + "/runs/" + run.id())).body(run);
    }

    @GetMapping("/scenarios/{id}/runs")
    @Operation(summary = "A scenario's runs, newest first", description = "Role: OPERATOR, ADMIN.")
    List<RunSummary> runs(@PathVariable long id) {
        return service.runs(id);
    }

    @GetMapping("/scenarios/{id}/runs/{runId}")
    @Operation(summary = "One run in full", description = "Role: OPERATOR, ADMIN.")
    ScenarioRun run(@PathVariable long id, @PathVariable long runId) {
        return service.run(id, runId);
    }

    @GetMapping("/comparison")
    @Operation(summary = "Compare scenarios side by side", description = "Role: OPERATOR, ADMIN. Each scenario by its"
            + " latest run: KPIs, and per vehicle the energy and critical need met in each. 1 to 10 scenarioIds.")
    ScenarioComparisonView compare(@RequestParam List<Long> scenarioIds) {
        return service.compare(scenarioIds);
    }
}
