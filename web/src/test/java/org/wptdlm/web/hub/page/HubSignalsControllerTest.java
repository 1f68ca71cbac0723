package org.wptdlm.web.hub.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.ingest.signal.SignalStore;
import org.wptdlm.web.dashboard.DashboardClock;
import org.wptdlm.web.hub.HubService;

@WebMvcTest(HubSignalsController.class)
@Import(DashboardClock.class)
@WithMockUser(roles = "OPERATOR")
class HubSignalsControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private DashboardClock clock;

    @MockitoBean
    private SignalStore signals;

    @MockitoBean
    private HubService hubs;

    @Test
    void theFormSetsAnOperatorLimitInTheDashboardsTimeZone() throws Exception {
        LocalDateTime from = LocalDateTime.now(clock.clock()).plusHours(1).withNano(0);
        ZoneId zone = clock.clock().getZone();

        mvc.perform(post("/hubs/hub-7/signals/limits").with(csrf())
                        .param("from", from.toString()).param("to", from.plusHours(2).toString()).param("limitKw", "35"))
                .andExpect(redirectedUrl("/hubs/hub-7#hub-signals"));

        ArgumentCaptor<SignalSchedule> accepted = ArgumentCaptor.forClass(SignalSchedule.class);
        then(signals).should().accept(accepted.capture());
        assertThat(accepted.getValue().kind()).isEqualTo(SignalKind.GRID_LIMIT_KW);
        assertThat(accepted.getValue().source()).isEqualTo("operator");
        assertThat(accepted.getValue().valueAt(from.plusMinutes(1).atZone(zone).toInstant())).hasValue(35.0);
        assertThat(accepted.getValue().validUntil()).isNull();
    }

    @Test
    void aRefusedLimitComesBackAsTheReason() throws Exception {
        LocalDateTime from = LocalDateTime.now(clock.clock()).plusHours(1).withNano(0);

        mvc.perform(post("/hubs/hub-7/signals/limits").with(csrf())
                        .param("from", from.toString()).param("to", from.minusHours(1).toString()).param("limitKw", "35"))
                .andExpect(redirectedUrl("/hubs/hub-7#hub-signals"))
                .andExpect(flash().attribute("signalError", org.hamcrest.Matchers.containsString("intervals[0].end")));

        then(signals).should(never()).accept(any());
    }
}
