package org.wptdlm.web.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.plan.DailyPlanCost;
import org.wptdlm.domain.planning.Kpis;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Plans", description = "The plan every hub follows now, and plan KPIs over time. Roles: OPERATOR, ADMIN."
        + " The DLM event history with filters is under /api/hubs/{hubId}/dlm-events.")
class PlanController {

    static final int MAX_POINTS = 5000;

    private final LivePlans livePlans;
    private final PlanRepository plans;
    private final Clock clock;

    PlanController(LivePlans livePlans, PlanRepository plans, Clock clock) {
        this.livePlans = livePlans;
        this.plans = plans;
        this.clock = clock;
    }

    /** A hub's live plan in a listing: what it is, not the whole schedule. */
    record CurrentPlanSummary(String hubId, Instant publishedAt, String strategy, Instant start, int slotMinutes,
            int slots, int sessions, int pads, Kpis kpis) {

        static CurrentPlanSummary of(CurrentPlan current) {
            return new CurrentPlanSummary(current.hubId(), current.publishedAt(), current.plan().strategy(),
                    current.problem().start(), current.problem().slotMinutes(), current.problem().slots(),
                    current.problem().sessions().size(), current.problem().pads().size(), current.plan().kpis());
        }
    }

    @GetMapping("/current")
    @Operation(summary = "The live plan of every hub", description = "Role: OPERATOR, ADMIN. One line per hub, by hub id.")
    List<CurrentPlanSummary> current() {
        return livePlans.all().stream()
                .sorted(Comparator.comparing(CurrentPlan::hubId))
                .map(CurrentPlanSummary::of)
                .toList();
    }

    @GetMapping("/current/{hubId}")
    @Operation(summary = "A hub's live plan in full", description = "Role: OPERATOR, ADMIN. The planning problem (file"
            + " contract) and the plan (file contract) the hub's controller follows.")
    CurrentPlan current(@PathVariable String hubId) {
        return livePlans.of(hubId).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Hub '" + hubId + "' has no live plan."), null));
    }

    @GetMapping("/kpis")
    @Operation(summary = "KPIs over time", description = "Role: OPERATOR, ADMIN. Per stored plan, oldest first: energy"
            + " requested and delivered, critical energy requested and delivered, peak grid draw against the hub's"
            + " limit. Optional hubId and [from, to) (ISO instants); at most 5000 points.")
    List<KpiPoint> kpis(@RequestParam(required = false) String hubId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return plans.figures(hubId, range(from, to), MAX_POINTS).stream().map(KpiPoint::of).toList();
    }

    @GetMapping("/kpis/daily")
    @Operation(summary = "Planned cost and CO2 per hub and day", description = "Role: OPERATOR, ADMIN. Per hub and"
            + " calendar day in zone (default UTC): the charging energy's cost (currency of the hub's price schedule)"
            + " and kg CO2, each slot counted once from the plan in force for it, up to now. From the plans made in"
            + " [from, to) (ISO instants, optional); optional hubId.")
    List<DailyPlanCost> daily(@RequestParam(required = false) String hubId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "UTC") String zone) {
        TimeRange range = range(from, to);
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw badRequest("zone: " + e.getMessage());
        }
        Instant now = clock.instant();
        Instant until = to != null && to.isBefore(now) ? to : now;
        return plans.dailyCosts(hubId, range, zoneId, until);
    }

    private static TimeRange range(Instant from, Instant to) {
        try {
            return new TimeRange(from, to);
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
    }

    private static ErrorResponseException badRequest(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST,
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
    }
}
