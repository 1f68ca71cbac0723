package org.wptdlm.solver.recommendation;

/**
 * How hubs are ranked.
 *
 * @param criticalSocPercent a vehicle arriving below this state of charge is critical; the energy up to it is its must-have
 * @param criticalPriority a vehicle of at least this priority is critical; its whole need is a must-have
 * @param greedyReplanHubs how many of the nearest reachable hubs a critical vehicle is re-planned into with the
 *     full greedy (the rest get the plain insertion): bounds the cost of a critical request
 * @param maxResults how many hubs an answer lists
 */
public record RecommendationPolicy(TravelModel travel, double criticalSocPercent, int criticalPriority,
        int greedyReplanHubs, int maxResults) {

    public RecommendationPolicy {
        if (travel == null || !(criticalSocPercent >= 0 && criticalSocPercent <= 100) || criticalPriority < 0
                || greedyReplanHubs < 0 || maxResults < 1) {
            throw new IllegalArgumentException("invalid recommendation policy " + this);
        }
    }
}
