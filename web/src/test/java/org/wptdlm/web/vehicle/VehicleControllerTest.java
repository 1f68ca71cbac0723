package org.wptdlm.web.vehicle;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.wptdlm.web.ControllerSliceTest;

class VehicleControllerTest extends ControllerSliceTest {

    private static final String VALID = """
            {"id": "ev-1", "batteryCapacityKwh": 60, "maxChargePowerKw": 11, "socPercent": 40}""";

    @Test
    void validVehicleIsCreatedNormalByDefault() throws Exception {
        when(vehicles.create(any())).thenAnswer(call -> call.getArgument(0));

        postVehicle(VALID)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.priorityClass").value("NORMAL"));
    }

    @Test
    void stateOfChargeAbove100IsABadRequest() throws Exception {
        postVehicle(VALID.replace("40", "100.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("socPercent"));
        verifyNoInteractions(vehicles);
    }

    @Test
    void negativeStateOfChargeIsABadRequest() throws Exception {
        postVehicle(VALID.replace("40", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("socPercent"));
    }

    @Test
    void unknownPriorityClassIsABadRequest() throws Exception {
        postVehicle(VALID.replace("}", ", \"priorityClass\": \"VIP\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priorityClass"))
                .andExpect(jsonPath("$.errors[0].message", containsString("EMERGENCY")));
    }

    @Test
    void notANumberIsABadRequest() throws Exception {
        postVehicle(VALID.replace("60", "NaN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    private ResultActions postVehicle(String body) throws Exception {
        return mvc.perform(post("/api/vehicles").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
