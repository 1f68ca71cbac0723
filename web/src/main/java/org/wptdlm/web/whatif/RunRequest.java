package org.wptdlm.web.whatif;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;

/** Re-runs a saved scenario against the hub's state now. {@code timeBudgetMs}: as in {@link ScenarioRequest}. */
record RunRequest(@Schema(example = "2000") @Min(0) Long timeBudgetMs) {
}
