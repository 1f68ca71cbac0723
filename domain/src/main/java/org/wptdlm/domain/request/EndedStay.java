package org.wptdlm.domain.request;

import java.time.Instant;

/**
 * A completed charging request as the departure model learns from it: when the vehicle arrived, when
 * its driver said it would leave ({@code statedDepartureAt}) and when it really left ({@code endedAt}).
 */
public record EndedStay(String hubId, String vehicleId, Instant arrivalAt, Instant statedDepartureAt, Instant endedAt) {
}
