package org.wptdlm.web.hub;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.wptdlm.web.system.InvalidInputException;

@RestController
@RequestMapping("/api/hubs/{hubId}/circuits")
@Tag(name = "Circuits", description = "Feeders inside a hub with their own limits, shared by the pads wired to them")
class CircuitController {

    private final HubService hubs;

    CircuitController(HubService hubs) {
        this.hubs = hubs;
    }

    @GetMapping
    @Operation(summary = "List a hub's circuits")
    List<CircuitBody> list(@PathVariable String hubId) {
        return hubs.circuits(hubId).stream().map(CircuitBody::from).toList();
    }

    @PutMapping("/{circuitId}")
    @Operation(summary = "Create a circuit or change its limit")
    CircuitBody put(@PathVariable String hubId, @PathVariable String circuitId, @RequestBody @Valid CircuitBody body) {
        if (!circuitId.equals(body.id())) {
            throw new InvalidInputException("id", "must equal the id in the path ('" + circuitId + "')");
        }
        return CircuitBody.from(hubs.putCircuit(InvalidInputException.whenBuilding(() -> body.toCircuit(hubId))));
    }

    @DeleteMapping("/{circuitId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a circuit", description = "Refused with 409 while pads are wired to it.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    void delete(@PathVariable String hubId, @PathVariable String circuitId) {
        hubs.deleteCircuit(hubId, circuitId);
    }
}
