package org.wptdlm.web.recommendation;

import java.time.Instant;
import java.util.List;
import org.wptdlm.solver.recommendation.Recommendation;

/**
 * The ranked hubs for one vehicle.
 *
 * @param critical whether the vehicle was ranked as critical (by when its must-have energy is in)
 * @param hubsConsidered hubs with a live plan that were looked at
 */
record RecommendationAnswer(String vehicleId, Instant computedAt, boolean critical, int hubsConsidered,
        List<Recommendation> recommendations) {
}
