package org.wptdlm.web.whatif;

import java.time.Instant;
import org.wptdlm.solver.whatif.ScenarioChanges;

/** A saved what-if: changes against a hub's live state. {@code id} is null before it is stored. */
record Scenario(Long id, String hubId, String name, ScenarioChanges changes, String createdBy, Instant createdAt) {

    Scenario withId(long newId) {
        return new Scenario(newId, hubId, name, changes, createdBy, createdAt);
    }
}
