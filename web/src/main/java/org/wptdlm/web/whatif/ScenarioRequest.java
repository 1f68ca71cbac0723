package org.wptdlm.web.whatif;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wptdlm.domain.PhysicalLimits;
import org.wptdlm.solver.whatif.ScenarioChanges;

/**
 * A new scenario for a hub, solved at once.
 *
 * @param timeBudgetMs Timefold's budget; 0 = greedy only; default {@code dlm.what-if.default-time-budget}
 */
public record ScenarioRequest(
        @Schema(example = "hub-001") @NotBlank @Size(max = 64) String hubId,
        @Schema(example = "Grid limit 40 kW this afternoon, pad 3 down") @NotBlank @Size(max = 200)
        @Pattern(regexp = PhysicalLimits.NO_CONTROL_CHARACTERS, message = "must not contain control characters") String name,
        @NotNull ScenarioChanges changes,
        @Schema(example = "2000") @Min(0) Long timeBudgetMs) {
}
