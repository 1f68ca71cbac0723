package org.wptdlm.domain.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds plans' per-slot cost and carbon up by day (pure). Plans are re-made every few minutes over
 * overlapping horizons, so their whole-horizon figures cannot be summed: each slot is counted once,
 * from the last plan of the hub that starts at or before it, and only slots that start before
 * {@code until} (what is still ahead is not yet spent).
 */
public final class DailyPlanCosts {

    /** What a stored plan contributes: its slots' start and cost. */
    public record PlanSlots(String hubId, Instant startAt, int slotMinutes, List<Double> costBySlot,
            List<Double> carbonKgBySlot) {

        int slots() {
            return Math.max(costBySlot.size(), carbonKgBySlot.size());
        }

        Instant slotStart(int slot) {
            return startAt.plusSeconds(60L * slotMinutes * slot);
        }
    }

    private DailyPlanCosts() {}

    /**
     * @param plans one hub's or several hubs' plans, each hub's in the order they were made
     * @param zone the time zone days are counted in
     */
    public static List<DailyPlanCost> of(List<PlanSlots> plans, ZoneId zone, Instant until) {
        Map<String, List<PlanSlots>> byHub = new TreeMap<>();
        plans.forEach(plan -> byHub.computeIfAbsent(plan.hubId(), id -> new ArrayList<>()).add(plan));
        List<DailyPlanCost> days = new ArrayList<>();
        byHub.forEach((hubId, hubPlans) -> days.addAll(ofHub(hubId, hubPlans, zone, until)));
        return days;
    }

    private static List<DailyPlanCost> ofHub(String hubId, List<PlanSlots> plans, ZoneId zone, Instant until) {
        Map<LocalDate, double[]> byDay = new TreeMap<>();
        for (int i = 0; i < plans.size(); i++) {
            PlanSlots plan = plans.get(i);
            Instant replacedAt = i + 1 < plans.size() ? plans.get(i + 1).startAt() : until;
            Instant end = replacedAt.isBefore(until) ? replacedAt : until;
            for (int slot = 0; slot < plan.slots(); slot++) {
                Instant start = plan.slotStart(slot);
                if (!start.isBefore(end)) {
                    break;
                }
                double[] day = byDay.computeIfAbsent(LocalDate.ofInstant(start, zone), d -> new double[3]);
                day[0] += valueOrZero(plan.costBySlot(), slot);
                day[1] += valueOrZero(plan.carbonKgBySlot(), slot);
                day[2]++;
            }
        }
        List<DailyPlanCost> days = new ArrayList<>();
        byDay.forEach((day, sums) -> days.add(new DailyPlanCost(hubId, day, sums[0], sums[1], (int) sums[2])));
        return days;
    }

    private static double valueOrZero(List<Double> values, int slot) {
        return slot < values.size() ? values.get(slot) : 0;
    }
}
