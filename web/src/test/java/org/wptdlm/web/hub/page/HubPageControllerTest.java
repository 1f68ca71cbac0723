package org.wptdlm.web.hub.page;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.ingest.signal.SignalStore;
import org.wptdlm.web.dashboard.DashboardClock;
import org.wptdlm.web.dashboard.DisplayFormat;
import org.wptdlm.web.figures.HubFigures;

@WebMvcTest(HubPageController.class)
@Import({DisplayFormat.class, DashboardClock.class})
@WithMockUser(roles = "OPERATOR")
class HubPageControllerTest {

    private static final Hub HUB = new Hub("hub-7", "Depot West", "Dock Road 7", 53.5, 10.0, 50, HubStatus.ONLINE);
    private static final HubView WITHOUT_PLAN = new HubView(HUB,
            new HubFigures("hub-7", "Depot West", HubStatus.ONLINE, 50, 30.0, 1, 0, List.of("ev-low"), null, null),
            List.of(new PadRow("pad-1", PadStatus.CHARGING, 11, "ev-low", 9.0, 7.5, null, 97.0, true)),
            null,
            List.of(new EventRow(Instant.now(), "warn", "Grid limit changed", "by hub")),
            List.of(new EventRow(Instant.now(), "bad", "SoC outside 0-100", "iot/hubs/hub-7/nodes/pad-1/telemetry")));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private HubDetails details;

    @MockitoBean
    private SignalStore signals;

    @Test
    void hubPageShowsPadsEventsAndRejectionsAndListensToItsOwnHub() throws Exception {
        given(details.of("hub-7")).willReturn(Optional.of(WITHOUT_PLAN));

        mvc.perform(get("/hubs/hub-7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sse-connect=\"/dashboard/stream?hub=hub-7\"")))
                .andExpect(content().string(containsString("ev-low")))
                .andExpect(content().string(containsString("Grid limit changed")))
                .andExpect(content().string(containsString("SoC outside 0-100")))
                .andExpect(content().string(containsString("No plan since the service started")));
    }

    @Test
    void hubWithSilentPadsSaysItIsPlannedAtFallbackLimits() throws Exception {
        HubFigures stale = new HubFigures("hub-7", "Depot West", HubStatus.ONLINE, 50, null, 0, 0, List.of(), null, null,
                Instant.now().minusSeconds(300));
        given(details.of("hub-7")).willReturn(Optional.of(new HubView(HUB, stale, WITHOUT_PLAN.pads(), null,
                WITHOUT_PLAN.events(), WITHOUT_PLAN.rejected())));

        mvc.perform(get("/hubs/hub-7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"telemetry-stale\"")))
                .andExpect(content().string(containsString("Telemetry stale since ")))
                .andExpect(content().string(containsString("planned at fallback limits")));
        given(details.of("hub-7")).willReturn(Optional.of(WITHOUT_PLAN));
        mvc.perform(get("/hubs/hub-7"))
                .andExpect(content().string(not(containsString("Telemetry stale since"))));
    }

    @Test
    void planFragmentIsThePlanSectionAlone() throws Exception {
        given(details.of("hub-7")).willReturn(Optional.of(WITHOUT_PLAN));

        mvc.perform(get("/hubs/hub-7/plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hub-plan\"")))
                .andExpect(content().string(containsString("hx-trigger=\"sse:plan\"")))
                .andExpect(content().string(not(containsString("id=\"pads-table\""))));
    }

    @Test
    void signalsFragmentListsEverySourceAndOffersToRemoveTheOperatorsLimit() throws Exception {
        Instant now = Instant.now();
        given(details.of("hub-7")).willReturn(Optional.of(WITHOUT_PLAN));
        given(signals.schedules("hub-7")).willReturn(List.of(
                new SignalSchedule("hub-7", SignalKind.GRID_LIMIT_KW, "mqtt",
                        List.of(new SignalInterval(now.minusSeconds(60), now.plusSeconds(3600), 42)), now, null),
                new SignalSchedule("hub-7", SignalKind.GRID_LIMIT_KW, "operator",
                        List.of(new SignalInterval(now.plusSeconds(3600), now.plusSeconds(7200), 20)), now, null)));

        mvc.perform(get("/hubs/hub-7/signals"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hub-signals\"")))
                .andExpect(content().string(containsString("data-source=\"mqtt\"")))
                .andExpect(content().string(containsString("42.00 kW")))
                .andExpect(content().string(containsString("id=\"remove-operator-limit\"")))
                .andExpect(content().string(not(containsString("id=\"pads-table\""))));
    }

    @Test
    void unknownHubIsNotFound() throws Exception {
        given(details.of("hub-x")).willReturn(Optional.empty());

        mvc.perform(get("/hubs/hub-x")).andExpect(status().isNotFound());
    }

    @Test
    void unknownFragmentIsNotFound() throws Exception {
        mvc.perform(get("/hubs/hub-7/secrets")).andExpect(status().isNotFound());
    }
}
