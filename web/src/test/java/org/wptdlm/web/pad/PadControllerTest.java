package org.wptdlm.web.pad;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.wptdlm.domain.pad.HubPad;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.web.ControllerSliceTest;
import org.wptdlm.web.system.NotFoundException;

class PadControllerTest extends ControllerSliceTest {

    @Test
    void validPadIsCreatedAvailableByDefault() throws Exception {
        when(pads.create(any())).thenAnswer(call -> call.getArgument(0));

        postPad("{\"id\": \"pad-1\", \"maxPowerKw\": 7.4, \"efficiency\": 0.9}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hubId").value("hub-001"))
                .andExpect(jsonPath("$.status").value(PadStatus.AVAILABLE.name()));
    }

    @Test
    void efficiencyAboveOneIsABadRequest() throws Exception {
        postPad("{\"id\": \"pad-1\", \"maxPowerKw\": 7.4, \"efficiency\": 1.01}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("efficiency"));
        verifyNoInteractions(pads);
    }

    @Test
    void efficiencyOfZeroIsABadRequest() throws Exception {
        postPad("{\"id\": \"pad-1\", \"maxPowerKw\": 7.4, \"efficiency\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("efficiency"));
    }

    @Test
    void negativePowerAndMissingEfficiencyAreBothListed() throws Exception {
        postPad("{\"id\": \"pad-1\", \"maxPowerKw\": -1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'maxPowerKw')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'efficiency')]").exists());
    }

    @Test
    void padOfAnUnknownHubIsNotFound() throws Exception {
        when(pads.get("hub-404", "pad-1")).thenThrow(new NotFoundException("hub", "hub-404"));

        mvc.perform(get("/api/hubs/hub-404/nodes/pad-1")).andExpect(status().isNotFound());
    }

    @Test
    void padIsReadBack() throws Exception {
        when(pads.get("hub-001", "pad-1")).thenReturn(new HubPad("hub-001", "pad-1", 22, 0.93, PadStatus.FAULT, "feeder-a"));

        mvc.perform(get("/api/hubs/hub-001/nodes/pad-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.efficiency").value(0.93))
                .andExpect(jsonPath("$.circuitId").value("feeder-a"));
    }

    private ResultActions postPad(String body) throws Exception {
        return mvc.perform(post("/api/hubs/hub-001/nodes").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
