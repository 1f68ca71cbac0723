package org.wptdlm.solver.recommendation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The one sentence a driver reads: why this hub, at this rank. */
final class RecommendationReasons {

    private RecommendationReasons() {
    }

    static String explain(Recommendation recommendation, VehicleState vehicle, boolean first) {
        if (recommendation.padId() == null) {
            return String.format(Locale.ROOT, "No pad is free at %s before you leave; %.1f km away.",
                    recommendation.hubName(), recommendation.distanceKm());
        }
        StringBuilder reason = new StringBuilder();
        if (recommendation.critical()) {
            reason.append(recommendation.criticalNeedMet()
                    ? String.format(Locale.ROOT, "Critical: your must-have %.1f kWh are in the battery by %s%s",
                            recommendation.criticalEnergyKwh(), minutes(recommendation.criticalNeedMetAt()),
                            first ? ", the earliest of the hubs you can reach" : "")
                    : String.format(Locale.ROOT, "Critical need of %.1f kWh NOT met before departure (%.1f kWh)",
                            recommendation.criticalEnergyKwh(), recommendation.energyKwh()));
        } else if (recommendation.targetReached()) {
            reason.append(String.format(Locale.ROOT, "Reaches your %.0f %% target by departure", vehicle.targetSocPercent()));
        } else {
            reason.append(String.format(Locale.ROOT, "Gives %.1f kWh, %.0f %% at departure (target %.0f %%)",
                    recommendation.energyKwh(), recommendation.socAtDeparturePercent(), vehicle.targetSocPercent()));
        }
        Long wait = recommendation.waitMinutes();
        if (wait == null) {
            reason.append("; no power is expected before departure");
        } else if (wait == 0) {
            reason.append("; charging starts on arrival");
        } else {
            reason.append(String.format(Locale.ROOT, "; charging starts %d min after arrival (pads or grid busy)", wait));
        }
        reason.append(String.format(Locale.ROOT, "; %.1f km away, arriving at %.0f %%.", recommendation.distanceKm(),
                recommendation.arrivalSocPercent()));
        return reason.toString();
    }

    private static String minutes(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
