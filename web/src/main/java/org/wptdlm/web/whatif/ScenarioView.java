package org.wptdlm.web.whatif;

import java.time.Instant;
import org.wptdlm.solver.whatif.ScenarioChanges;

/** A saved scenario with its latest run (null before the first). */
public record ScenarioView(long id, String hubId, String name, ScenarioChanges changes, String createdBy, Instant createdAt,
        ScenarioRun latestRun) {

    static ScenarioView of(Scenario scenario, ScenarioRun latestRun) {
        return new ScenarioView(scenario.id(), scenario.hubId(), scenario.name(), scenario.changes(), scenario.createdBy(),
                scenario.createdAt(), latestRun);
    }
}
