package org.wptdlm.web.hub.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.web.dashboard.DashboardClock;
import org.wptdlm.web.dashboard.DashboardConfig;
import org.wptdlm.web.dashboard.DisplayFormat;
import org.wptdlm.web.figures.HubFigures;

@WebMvcTest(HubsPageController.class)
@Import({DisplayFormat.class, DashboardClock.class, DashboardConfig.class})
@WithMockUser(roles = "OPERATOR")
class HubsPageControllerTest {

    private static final HubFigures CALM = new HubFigures("hub-calm", "Calm Street", HubStatus.ONLINE, 100, 40.0, 2, 0,
            List.of(), Instant.now(), null);
    private static final HubFigures FULL = new HubFigures("hub-full", "Full Yard", HubStatus.ONLINE, 100, 99.5, 8, 3,
            List.of("ev-ambulance-7"), Instant.now(), null);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private HubBoard board;

    @Test
    void homeRedirectsToHubs() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/hubs"));
    }

    @Test
    void hubsPageListsHubsAtTheLimitFirstWithTheirCriticalVehicles() throws Exception {
        given(board.overview(0)).willReturn(new HubsOverview(List.of(CALM, FULL)));

        String page = mvc.perform(get("/hubs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ev-ambulance-7")))
                .andExpect(content().string(containsString("at limit")))
                .andExpect(content().string(containsString("sse-connect=\"/dashboard/stream\"")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("Full Yard")).isLessThan(page.indexOf("Calm Street"));
    }

    @Test
    void hubWithSilentPadsIsMarkedStaleInItsRow() throws Exception {
        HubFigures silent = new HubFigures("hub-silent", "Silent Lane", HubStatus.ONLINE, 100, null, 0, 0, List.of(),
                Instant.now(), null, Instant.now().minusSeconds(300));
        given(board.overview(0)).willReturn(new HubsOverview(List.of(CALM, silent)));

        String page = mvc.perform(get("/hubs"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String silentRow = page.substring(page.indexOf("data-hub-id=\"hub-silent\""));
        String calmRow = page.substring(page.indexOf("data-hub-id=\"hub-calm\""));
        assertThat(silentRow.substring(0, silentRow.indexOf("</tr>"))).contains("telemetry-stale")
                .contains("planned at fallback limits");
        assertThat(calmRow.substring(0, calmRow.indexOf("</tr>"))).doesNotContain("telemetry-stale");
    }

    @Test
    void boardFragmentIsTheBoardAloneForLiveRefresh() throws Exception {
        given(board.overview(0)).willReturn(new HubsOverview(List.of(CALM)));

        mvc.perform(get("/hubs/board"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hub-board\"")))
                .andExpect(content().string(containsString("hx-trigger=\"sse:hubs\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theTableShowsAHundredHubsAPageAndThePagesOfTheRest() throws Exception {
        List<HubFigures> many = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new HubFigures(String.format("hub-%03d", i), String.format("Hub %03d", i), HubStatus.ONLINE, 100, 10.0,
                    0, 0, List.of(), null, null));
        }
        given(board.overview(2)).willReturn(new HubsOverview(many, 2));

        String page = mvc.perform(get("/hubs").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hubs 201–250 of 250, trouble first:")))
                .andExpect(content().string(containsString("hx-get=\"/hubs/board?page=2\"")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Hub 249").doesNotContain("Hub 199");
    }

    @Test
    void linksToPagesAreWrittenAsTheyAreAndWebJarsGetTheirVersion() throws Exception {
        given(board.overview(0)).willReturn(new HubsOverview(List.of(CALM)));

        String page = mvc.perform(get("/hubs"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/hubs/hub-calm\"", "href=\"/css/dashboard.css\"")
                .containsPattern("src=\"/webjars/htmx.org/[0-9][^/\"]*/dist/htmx.min.js\"");
    }

    @Test
    void emptyBoardTellsHowHubsAppear() throws Exception {
        given(board.overview(0)).willReturn(new HubsOverview(List.of()));

        mvc.perform(get("/hubs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No hubs yet")));
    }
}
