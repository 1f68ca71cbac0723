package org.wptdlm.db.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wptdlm.db.TestData.NOON;
import static org.wptdlm.db.TestData.hub;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.domain.plan.Plan;
import org.wptdlm.domain.plan.PlanAllocation;

class PlanRepositoryTest extends RepositoryTest {

    @Autowired
    HubRepository hubs;

    @Autowired
    PlanRepository plans;

    @BeforeEach
    void hub001() {
        hubs.insert(hub("hub-001"));
    }

    @Test
    void savedPlanIsReadBackWithItsAllocations() {
        Plan saved = plans.save(plan(NOON, "greedy"));

        assertThat(saved.id()).isNotNull();
        assertThat(plans.findById(saved.id())).hasValueSatisfying(stored -> {
            assertThat(stored.allocations()).isEqualTo(saved.allocations());
            assertThat(stored.slots()).isEqualTo(3);
            assertThat(stored.kpisJson()).contains("deliveredEnergyKwh");
        });
    }

    @Test
    void latestPlanOfAHubIsTheLastCreated() {
        plans.save(plan(NOON, "greedy"));
        Plan later = plans.save(plan(NOON.plusSeconds(60), "local-search"));

        assertThat(plans.findLatestByHub("hub-001")).hasValueSatisfying(latest -> {
            assertThat(latest.id()).isEqualTo(later.id());
            assertThat(latest.strategy()).isEqualTo("local-search");
        });
        assertThat(plans.findLatestByHub("hub-404")).isEmpty();
    }

    private static Plan plan(Instant createdAt, String strategy) {
        return new Plan(null, "hub-001", createdAt, createdAt, 15, 3, strategy,
                "{\"deliveredEnergyKwh\": 4.5}",
                List.of(
                        new PlanAllocation("req-1", "ev-1", "pad-1", List.of(11.0, 7.0, 0.0)),
                        new PlanAllocation("req-2", "ev-2", null, List.of(0.0, 0.0, 0.0))));
    }
}
