package org.wptdlm.web.signal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSources;
import org.wptdlm.ingest.signal.SignalStore;
import org.wptdlm.web.hub.HubService;
import org.wptdlm.web.system.NotFoundException;

@RestController
@RequestMapping("/api/hubs/{hubId}/signals")
@Tag(name = "Grid signals", description = "Grid limits, prices, carbon intensity and base load per hub, from every"
        + " source; operators set their own schedules here (source operator). The binding grid limit per slot is the"
        + " lowest of all sources; see docs/grid-signals.md. Roles: OPERATOR, ADMIN.")
class SignalController {

    private final SignalStore signals;
    private final HubService hubs;
    private final Clock clock;

    SignalController(SignalStore signals, HubService hubs, Clock clock) {
        this.signals = signals;
        this.hubs = hubs;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every schedule the hub's signals come from", description = "Role: OPERATOR, ADMIN. By kind,"
            + " then source.")
    List<SignalScheduleView> list(@PathVariable String hubId) {
        hubs.requireExists(hubId);
        return signals.schedules(hubId).stream().map(schedule -> SignalScheduleView.of(schedule, clock.instant())).toList();
    }

    @GetMapping("/{kind}")
    @Operation(summary = "The operator's schedule of a kind", description = "Role: OPERATOR, ADMIN. 404 when the"
            + " operator has set none.")
    SignalScheduleView get(@PathVariable String hubId, @Parameter(description = SignalPath.NAMES) @PathVariable String kind) {
        hubs.requireExists(hubId);
        SignalKind signalKind = SignalPath.kindOf(kind);
        return signals.schedules(hubId).stream()
                .filter(schedule -> schedule.kind() == signalKind && schedule.source().equals(SignalSources.OPERATOR))
                .findFirst()
                .map(schedule -> SignalScheduleView.of(schedule, clock.instant()))
                .orElseThrow(() -> new NotFoundException("operator " + kind + " schedule of hub", hubId));
    }

    @PutMapping("/{kind}")
    @Operation(summary = "Set the operator's schedule of a kind", description = "Role: OPERATOR, ADMIN. Replaces the"
            + " operator's previous schedule of that kind and re-plans the hub. 400 names the offending interval.")
    SignalScheduleView put(@PathVariable String hubId, @Parameter(description = SignalPath.NAMES) @PathVariable String kind,
            @RequestBody @Valid SignalScheduleBody body) {
        hubs.requireExists(hubId);
        SignalSchedule schedule = body.toSchedule(hubId, SignalPath.kindOf(kind), clock.instant());
        signals.accept(schedule);
        return SignalScheduleView.of(schedule, clock.instant());
    }

    @DeleteMapping("/{kind}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove the operator's schedule of a kind", description = "Role: OPERATOR, ADMIN. Re-plans the"
            + " hub.")
    @ApiResponse(responseCode = "204", description = "Removed")
    void delete(@PathVariable String hubId, @Parameter(description = SignalPath.NAMES) @PathVariable String kind) {
        hubs.requireExists(hubId);
        if (!signals.remove(hubId, SignalPath.kindOf(kind), SignalSources.OPERATOR)) {
            throw new NotFoundException("operator " + kind + " schedule of hub", hubId);
        }
    }
}
