package org.wptdlm.web.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hubs")
@Tag(name = "Hub figures", description = "The figures the dashboard shows per hub, computed in the same place."
        + " Roles: OPERATOR, ADMIN.")
class HubFiguresController {

    private final HubFiguresCalculator calculator;

    HubFiguresController(HubFiguresCalculator calculator) {
        this.calculator = calculator;
    }

    @GetMapping("/figures")
    @Operation(summary = "Every hub's figures", description = "Role: OPERATOR, ADMIN. By hub id, at most 500 hubs."
            + " vehiclesCharging counts pads with a vehicle that deliver power or have a setpoint above zero in force.")
    List<HubFigures> all() {
        return calculator.all();
    }

    @GetMapping("/{hubId}/figures")
    @Operation(summary = "A hub's figures", description = "Role: OPERATOR, ADMIN. Grid draw now, vehicles charging and"
            + " waiting, critical vehicles, last re-plan and the share of requested energy the live plan delivers.")
    HubFigures one(@PathVariable String hubId) {
        return calculator.situation(hubId).map(calculator::figures).orElseThrow(() -> new ErrorResponseException(
                HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no hub '" + hubId + "'."),
                null));
    }
}
