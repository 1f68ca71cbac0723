package org.wptdlm.web.recommendation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.solver.recommendation.RecommendationPolicy;
import org.wptdlm.solver.recommendation.TravelModel;

/**
 * How recommendations estimate the drive and rank hubs ({@code dlm.recommendations.*}).
 *
 * @param averageSpeedKmh average road speed to a hub
 * @param consumptionKwhPerKm energy the drive costs per road km
 * @param roadFactor road km per straight-line km
 * @param reserveSocPercent a hub counts as reachable only if the vehicle arrives with at least this
 * @param greedyReplanHubs nearest hubs a critical vehicle is re-planned into with the full greedy
 * @param maxResults hubs per answer
 * @param defaultTargetSocPercent target when the request names none
 * @param defaultStay departure when the request names none: this long after the query
 */
@Validated
@ConfigurationProperties("dlm.recommendations")
record RecommendationProperties(
        @DefaultValue("40") @Positive double averageSpeedKmh,
        @DefaultValue("0.18") @Positive double consumptionKwhPerKm,
        @DefaultValue("1.3") @DecimalMin("1.0") double roadFactor,
        @DefaultValue("5") @DecimalMin("0") @DecimalMax("50") double reserveSocPercent,
        @DefaultValue("5") @Min(0) int greedyReplanHubs,
        @DefaultValue("5") @Min(1) int maxResults,
        @DefaultValue("80") @DecimalMin("0") @DecimalMax("100") double defaultTargetSocPercent,
        @DefaultValue("PT2H") @NotNull Duration defaultStay) {

    /** The ranking policy, with the service's one criticality rule. */
    RecommendationPolicy policy(CriticalityRule criticality) {
        return new RecommendationPolicy(new TravelModel(averageSpeedKmh, consumptionKwhPerKm, roadFactor, reserveSocPercent),
                criticality, greedyReplanHubs, maxResults);
    }
}
