package org.wptdlm.domain.plan;

import java.time.LocalDate;

/**
 * A hub's planned charging cost and CO₂ on one day: the sum over the day's slots, each taken from the
 * plan that was in force for it (see {@link DailyPlanCosts}).
 *
 * @param cost in the hub's price currency (0 where no price was known)
 * @param carbonKg kg CO₂ (0 where no carbon intensity was known)
 * @param slots the slots counted
 */
public record DailyPlanCost(String hubId, LocalDate day, double cost, double carbonKg, int slots) {}
