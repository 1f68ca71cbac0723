package org.wptdlm.solver.recommendation;

import org.wptdlm.domain.vehicle.CriticalityRule;

/**
 * How hubs are ranked.
 *
 * @param criticality which arriving vehicles are critical and what their must-have is
 * @param greedyReplanHubs how many of the nearest reachable hubs a critical vehicle is re-planned into with the
 *     full greedy (the rest get the plain insertion): bounds the cost of a critical request
 * @param maxResults how many hubs an answer lists
 */
public record RecommendationPolicy(TravelModel travel, CriticalityRule criticality,
        int greedyReplanHubs, int maxResults) {

    public RecommendationPolicy {
        if (travel == null || criticality == null
                || greedyReplanHubs < 0 || maxResults < 1) {
            throw new IllegalArgumentException("invalid recommendation policy " + this);
        }
    }
}
