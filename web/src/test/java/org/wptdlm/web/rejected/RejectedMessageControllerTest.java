package org.wptdlm.web.rejected;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.db.rejected.RejectedMessageRepository;
import org.wptdlm.domain.rejected.RejectedMessage;

@WebMvcTest(controllers = RejectedMessageController.class, properties = "dlm.embedded.enabled=false")
@AutoConfigureMockMvc(addFilters = false)
class RejectedMessageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RejectedMessageRepository rejected;

    @Test
    void messagesAreFilteredByTopicPrefixAndReasonCode() throws Exception {
        RejectedMessage message = new RejectedMessage(5L, "iot/vehicles/ev-1/telemetry", "{\"socPercent\":180}",
                "soc-out-of-range: socPercent must be within 0-100, was 180.0", Instant.parse("2026-03-02T08:00:00Z"));
        when(rejected.findAll(any(), eq("iot/vehicles/"), eq("soc-out-of-range:"), any()))
                .thenReturn(ResultPage.of(List.of(message), new PageQuery(0, 50), 1));

        mvc.perform(get("/api/rejected-messages").param("topic", "iot/vehicles/").param("reason", "soc-out-of-range"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].reasonCode").value("soc-out-of-range"))
                .andExpect(jsonPath("$.items[0].topic").value("iot/vehicles/ev-1/telemetry"));
    }

    @Test
    void anUnknownReasonCodeIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/rejected-messages").param("reason", "gremlins"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void aRangeEndingBeforeItStartsIsABadRequest() throws Exception {
        mvc.perform(get("/api/rejected-messages").param("from", "2026-03-02T12:00:00Z").param("to", "2026-03-02T08:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }
}
