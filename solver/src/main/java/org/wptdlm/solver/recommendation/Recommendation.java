package org.wptdlm.solver.recommendation;

import java.time.Instant;

/**
 * One ranked answer: charge at {@code hubId} on {@code padId}.
 *
 * @param distanceKm estimated road distance from the vehicle
 * @param arrivalSocPercent state of charge on arrival, after the drive
 * @param expectedStartAt when power is expected to flow (null when none is expected before departure)
 * @param waitMinutes from arrival to the expected start (null when no start is expected)
 * @param energyKwh energy delivered to the battery by departure
 * @param socAtDeparturePercent state of charge at departure
 * @param criticalEnergyKwh the must-have part of the energy (0 when the vehicle is not critical)
 * @param criticalNeedMetAt when the critical energy is in the battery (null when it never is, or there is none)
 * @param expectedPrice cost of the grid energy drawn for it, in the hub's price unit (null without a price schedule)
 * @param reason the ranking in a sentence
 */
public record Recommendation(
        int rank,
        String hubId,
        String hubName,
        String padId,
        double distanceKm,
        Instant arrivalAt,
        double arrivalSocPercent,
        Instant expectedStartAt,
        Long waitMinutes,
        double energyKwh,
        double socAtDeparturePercent,
        boolean targetReached,
        double criticalEnergyKwh,
        Instant criticalNeedMetAt,
        Double expectedPrice,
        String reason) {

    Recommendation withRankAndReason(int newRank, String newReason) {
        return new Recommendation(newRank, hubId, hubName, padId, distanceKm, arrivalAt, arrivalSocPercent,
                expectedStartAt, waitMinutes, energyKwh, socAtDeparturePercent, targetReached, criticalEnergyKwh,
                criticalNeedMetAt, expectedPrice, newReason);
    }

    public boolean critical() {
        return criticalEnergyKwh > 0;
    }

    public boolean criticalNeedMet() {
        return criticalNeedMetAt != null;
    }
}
