package org.wptdlm.web.request;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.wptdlm.web.ControllerSliceTest;

class ChargingRequestControllerTest extends ControllerSliceTest {

    private static final String VALID = """
            {"hubId": "hub-001", "vehicleId": "ev-1", "departureAt": "2026-03-02T12:00:00Z", "targetSocPercent": 80}""";

    @Test
    void missingDepartureIsABadRequest() throws Exception {
        postRequest(VALID.replace("\"departureAt\": \"2026-03-02T12:00:00Z\", ", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("departureAt"));
        verifyNoInteractions(requests);
    }

    @Test
    void unreadableDepartureIsABadRequest() throws Exception {
        postRequest(VALID.replace("2026-03-02T12:00:00Z", "noon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("departureAt"));
    }

    @Test
    void targetStateOfChargeAbove100IsABadRequest() throws Exception {
        postRequest(VALID.replace("80", "120"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targetSocPercent"));
    }

    @Test
    void zeroEnergyIsABadRequest() throws Exception {
        postRequest(VALID.replace("\"targetSocPercent\": 80", "\"requestedEnergyKwh\": 0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedEnergyKwh"));
    }

    @Test
    void unknownStatusIsABadRequest() throws Exception {
        postRequest(VALID.replace("}", ", \"status\": \"DONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    private ResultActions postRequest(String body) throws Exception {
        return mvc.perform(post("/api/charging-requests").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
