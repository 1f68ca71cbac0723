package org.wptdlm.web.event;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.web.ControllerSliceTest;

class DlmEventControllerTest extends ControllerSliceTest {

    @Test
    void eventsAreListedWithTheirPayloadAsJson() throws Exception {
        DlmEvent event = new DlmEvent(7, "hub-001", 3, DlmEventSource.SERVICE, DlmEventType.ALLOCATION,
                DlmTrigger.VEHICLE_ARRIVAL, 11L, "{\"allocations\": [{\"nodeId\": \"pad-1\", \"limitKw\": 7.4}]}",
                Instant.parse("2026-03-02T08:00:00Z"), null);
        when(events.findByHub(eq("hub-001"), any(), any()))
                .thenReturn(ResultPage.of(List.of(event), new PageQuery(0, 50), 1));

        mvc.perform(get("/api/hubs/hub-001/dlm-events").param("from", "2026-03-02T00:00:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].sequence").value(3))
                .andExpect(jsonPath("$.items[0].payload.allocations[0].limitKw").value(7.4));
    }

    @Test
    void unreadableInstantIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/hubs/hub-001/dlm-events").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void rangeEndingBeforeItStartsIsABadRequest() throws Exception {
        mvc.perform(get("/api/hubs/hub-001/dlm-events")
                        .param("from", "2026-03-02T12:00:00Z")
                        .param("to", "2026-03-02T08:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void unknownEventIsNotFound() throws Exception {
        mvc.perform(get("/api/hubs/hub-001/dlm-events/99")).andExpect(status().isNotFound());
    }
}
