package org.wptdlm.db.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wptdlm.db.TestData.NOON;
import static org.wptdlm.db.TestData.hub;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;

class WhatIfRepositoryTest extends RepositoryTest {

    @Autowired
    HubRepository hubs;

    @Autowired
    WhatIfRepository whatIf;

    @BeforeEach
    void hub001() {
        hubs.insert(hub("hub-001"));
    }

    @Test
    void scenarioAndItsNewestRunAreReadBackWithTheirJson() {
        long scenarioId = whatIf.insert(new StoredScenario(null, "hub-001", "grid cut", "{\"gridLimitKw\": 20}", "ops", NOON));
        whatIf.insert(run(scenarioId, 0, "greedy"));
        long newest = whatIf.insert(run(scenarioId, 60, "timefold"));

        assertThat(whatIf.findScenario(scenarioId)).hasValueSatisfying(stored -> {
            assertThat(stored.name()).isEqualTo("grid cut");
            assertThat(stored.changesJson()).contains("gridLimitKw");
        });
        assertThat(whatIf.findScenarios("hub-001", 10)).extracting(StoredScenario::id).containsExactly(scenarioId);
        assertThat(whatIf.findLatestRun(scenarioId)).hasValueSatisfying(run -> {
            assertThat(run.summary().id()).isEqualTo(newest);
            assertThat(run.resultJson()).contains("plan");
        });
        assertThat(whatIf.findRunSummaries(scenarioId)).extracting(RunSummary::strategy).containsExactly("timefold", "greedy");
        assertThat(whatIf.deleteScenario(scenarioId)).isTrue();
        assertThat(whatIf.findRun(scenarioId, newest)).isEmpty();
    }

    private static StoredRun run(long scenarioId, long secondsAfterNoon, String strategy) {
        return new StoredRun(new RunSummary(0, scenarioId, "ops", NOON.plusSeconds(secondsAfterNoon), 12, strategy, 30.5, 0),
                "{\"plan\": {}}");
    }
}
