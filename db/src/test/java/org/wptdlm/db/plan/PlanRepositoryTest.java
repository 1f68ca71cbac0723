package org.wptdlm.db.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wptdlm.db.TestData.NOON;
import static org.wptdlm.db.TestData.hub;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.plan.DailyPlanCost;
import org.wptdlm.domain.plan.PlanAllocation;
import org.wptdlm.domain.plan.PlanFigures;
import org.wptdlm.domain.plan.StoredPlan;
import org.wptdlm.domain.signal.GridLimitStep;

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
        StoredPlan saved = plans.save(plan(NOON, "greedy"));

        assertThat(saved.id()).isNotNull();
        assertThat(plans.findById(saved.id())).hasValueSatisfying(stored -> {
            assertThat(stored.allocations()).isEqualTo(saved.allocations());
            assertThat(stored.slots()).isEqualTo(3);
            assertThat(stored.kpisJson()).contains("deliveredEnergyKwh");
        });
    }

    @Test
    void theBindingGridLimitStepsAreKeptWithThePlan() {
        List<GridLimitStep> steps = List.of(new GridLimitStep(0, NOON, 150, "info"),
                new GridLimitStep(2, NOON.plusSeconds(1800), 60, "safe-limit:mqtt"));
        StoredPlan stepped = plan(NOON, "greedy");
        StoredPlan saved = plans.save(new StoredPlan(null, stepped.hubId(), stepped.createdAt(), stepped.startAt(), 15, 3, "greedy",
                stepped.kpisJson(), stepped.allocations(), steps));

        assertThat(plans.findById(saved.id()).orElseThrow().gridLimitSteps()).isEqualTo(steps);
        assertThat(plans.findById(plans.save(plan(NOON, "greedy")).id()).orElseThrow().gridLimitSteps()).isEmpty();
    }

    @Test
    void latestPlanOfAHubIsTheLastCreated() {
        plans.save(plan(NOON, "greedy"));
        StoredPlan later = plans.save(plan(NOON.plusSeconds(60), "local-search"));

        assertThat(plans.findLatestByHub("hub-001")).hasValueSatisfying(latest -> {
            assertThat(latest.id()).isEqualTo(later.id());
            assertThat(latest.strategy()).isEqualTo("local-search");
        });
        assertThat(plans.findLatestByHub("hub-404")).isEmpty();
    }

    @Test
    void figuresOverTimeReadTheStoredKpisWithTheHubsGridLimit() {
        plans.save(plan(NOON, "greedy"));
        plans.save(new StoredPlan(null, "hub-001", NOON.plusSeconds(60), NOON, 15, 3, "timefold",
                "{\"energyRequestedKwh\": 20, \"energyDeliveredKwh\": 12.5, \"peakGridKw\": 40, \"dropped\": 1}", List.of()));

        List<PlanFigures> figures = plans.figures("hub-001", new TimeRange(NOON, NOON.plusSeconds(120)), 10);

        assertThat(figures).extracting(PlanFigures::strategy).containsExactly("greedy", "timefold");
        assertThat(figures.get(1).kpis().energyDeliveredKwh()).isEqualTo(12.5);
        assertThat(figures.get(1).kpis().peakGridKw()).isEqualTo(40);
        assertThat(figures.get(1).gridLimitKw()).isEqualTo(hub("hub-001").gridLimitKw());
        assertThat(plans.figures("hub-404", new TimeRange(NOON, NOON.plusSeconds(120)), 10)).isEmpty();
    }

    @Test
    void slotCostsAreStoredAndAddedUpPerDayFromThePlanInForce() {
        // 15-minute slots from 23:30: the first plan's last slot is replaced by the second plan's first.
        Instant start = Instant.parse("2026-12-01T23:30:00Z");
        StoredPlan first = plans.save(pricedPlan(start, start, List.of(1.0, 1.0, 1.0), List.of(0.2, 0.2, 0.2)));
        Instant later = start.plusSeconds(30 * 60);
        plans.save(pricedPlan(later, later, List.of(3.0, 3.0, 3.0), List.of(0.4, 0.4, 0.4)));

        assertThat(plans.findById(first.id())).hasValueSatisfying(stored -> {
            assertThat(stored.costBySlot()).containsExactly(1.0, 1.0, 1.0);
            assertThat(stored.carbonKgBySlot()).containsExactly(0.2, 0.2, 0.2);
        });
        List<DailyPlanCost> days = plans.dailyCosts("hub-001", new TimeRange(start, start.plusSeconds(3600)),
                ZoneOffset.UTC, start.plusSeconds(3600));

        assertThat(days).extracting(DailyPlanCost::day)
                .containsExactly(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-02"));
        assertThat(days.get(0).cost()).isEqualTo(2.0);
        assertThat(days.get(1).cost()).isEqualTo(6.0);
        assertThat(days.get(1).carbonKg()).isCloseTo(0.8, within(1e-9));
        assertThat(plans.findById(plans.save(plan(NOON, "greedy")).id()).orElseThrow().costBySlot()).isEmpty();
    }

    private static StoredPlan pricedPlan(Instant createdAt, Instant start, List<Double> cost, List<Double> carbonKg) {
        return new StoredPlan(null, "hub-001", createdAt, start, 15, 3, "greedy", "{}",
                List.of(new PlanAllocation("req-1", "ev-1", "pad-1", List.of(11.0, 11.0, 11.0))), List.of(), cost,
                carbonKg);
    }

    private static StoredPlan plan(Instant createdAt, String strategy) {
        return new StoredPlan(null, "hub-001", createdAt, createdAt, 15, 3, strategy,
                "{\"deliveredEnergyKwh\": 4.5}",
                List.of(
                        new PlanAllocation("req-1", "ev-1", "pad-1", List.of(11.0, 7.0, 0.0)),
                        new PlanAllocation("req-2", "ev-2", null, List.of(0.0, 0.0, 0.0))));
    }
}
