package org.wptdlm.web.hub;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.web.ControllerSliceTest;
import org.wptdlm.web.system.ConflictException;
import org.wptdlm.web.system.NotFoundException;

/** Validation and error mapping of the hub API; the service is a mock, security is not under test here. */
class HubControllerTest extends ControllerSliceTest {

    private static final String VALID = """
            {"id": "hub-001", "name": "Berlin", "latitude": 52.5, "longitude": 13.4, "gridLimitKw": 150}""";

    @Test
    void validHubIsCreatedWithItsLocation() throws Exception {
        Hub hub = new Hub("hub-001", "Berlin", null, 52.5, 13.4, 150, HubStatus.ONLINE);
        when(hubs.create(any(), any(), any())).thenReturn(hub);

        postHub(VALID)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/hubs/hub-001"))
                .andExpect(jsonPath("$.status").value("ONLINE"));
    }

    @Test
    void negativeGridLimitIsABadRequestNamingTheField() throws Exception {
        postHub(VALID.replace("150", "-5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("gridLimitKw"));
        verifyNoInteractions(hubs);
    }

    @Test
    void latitudeOutsideTheGlobeIsABadRequest() throws Exception {
        postHub(VALID.replace("52.5", "95"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("latitude"));
    }

    @Test
    void unknownStatusIsABadRequestListingTheAllowedOnes() throws Exception {
        postHub(VALID.replace("}", ", \"status\": \"BROKEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ONLINE, OFFLINE, MAINTENANCE")));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        postHub("{\"id\": \"hub-001\", \"name\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void unknownPropertyIsABadRequestNamingIt() throws Exception {
        postHub(VALID.replace("}", ", \"colour\": \"green\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
    }

    @Test
    void textWhereANumberBelongsIsABadRequest() throws Exception {
        postHub(VALID.replace("150", "\"lots\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gridLimitKw"));
    }

    @Test
    void createWithoutIdIsABadRequest() throws Exception {
        postHub(VALID.replace("\"id\": \"hub-001\", ", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void idThatCannotBeAnMqttTopicLevelIsABadRequest() throws Exception {
        postHub(VALID.replace("hub-001", "hub/#"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void invalidPadInsideTheHubIsNamedByItsPath() throws Exception {
        postHub(VALID.replace("}", ", \"nodes\": [{\"id\": \"pad-1\", \"maxPowerKw\": 11, \"efficiency\": 1.2}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nodes[0].efficiency"));
        verifyNoInteractions(hubs);
    }

    @Test
    void duplicateIsAConflict() throws Exception {
        when(hubs.create(any(), any(), any())).thenThrow(new ConflictException("A hub with id 'hub-001' already exists."));

        postHub(VALID)
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("hub-001")));
    }

    @Test
    void unknownHubIsNotFound() throws Exception {
        when(hubs.get("hub-404")).thenThrow(new NotFoundException("hub", "hub-404"));

        mvc.perform(get("/api/hubs/hub-404"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void deletingAHubWithPadsIsAConflict() throws Exception {
        doThrow(new ConflictException("Hub 'hub-001' still has 2 pads")).when(hubs).delete("hub-001");

        mvc.perform(delete("/api/hubs/hub-001")).andExpect(status().isConflict());
    }

    @Test
    void replaceNamingAnotherIdIsABadRequest() throws Exception {
        mvc.perform(put("/api/hubs/hub-002").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void replaceWithPadsIsABadRequest() throws Exception {
        String withPads = VALID.replace("}", ", \"nodes\": []}");

        mvc.perform(put("/api/hubs/hub-001").contentType(MediaType.APPLICATION_JSON).content(withPads))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nodes"));
    }

    @Test
    void unknownStatusFilterAndOversizedPageAreBadRequests() throws Exception {
        mvc.perform(get("/api/hubs").param("status", "BROKEN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/hubs").param("size", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/hubs").param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    private ResultActions postHub(String body) throws Exception {
        return mvc.perform(post("/api/hubs").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
