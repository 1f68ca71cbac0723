package org.wptdlm.ingest.payload;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.wptdlm.domain.pad.SeedNames;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * {@code iot/hubs/{hub_id}/requests}: a vehicle asks for energy before it leaves. A request with
 * the same {@code requestId} replaces the earlier one.
 *
 * @param padId the pad the vehicle is parked on, if it is already there
 * @param targetSocPercent the SoC wanted at departure, 0-100 % (or give {@code energyKwh})
 * @param energyKwh the energy wanted in the battery, kWh; with both, the smaller need counts
 * @param priorityClass NORMAL, FLEET or EMERGENCY; absent = the vehicle's class
 * @param cancel true withdraws the request (the vehicle no longer wants to charge)
 */
public record ChargingRequestMessage(
        String requestId,
        Instant ts,
        String vehicleId,
        @JsonProperty(SeedNames.PAD_ID) String padId,
        Double targetSocPercent,
        Double energyKwh,
        Instant departure,
        PriorityClass priorityClass,
        Boolean cancel) implements DeviceTimestamped {

    public ChargingRequestMessage {
        Checks.requiredId(requestId, "requestId");
        Checks.timestamp(ts);
        Checks.requiredId(vehicleId, "vehicleId");
        Checks.optionalId(padId, SeedNames.PAD_ID);
        cancel = Boolean.TRUE.equals(cancel);
        if (!cancel) {
            Checks.percent(targetSocPercent, "targetSocPercent", RejectionReason.SOC_OUT_OF_RANGE);
            Checks.energyKwh(energyKwh, "energyKwh");
            if (targetSocPercent == null && energyKwh == null) {
                throw new PayloadRejectedException(
                        RejectionReason.INVALID_FIELD, "targetSocPercent or energyKwh is required");
            }
            Checks.required(departure, "departure");
            if (!departure.isAfter(ts)) {
                throw new PayloadRejectedException(RejectionReason.INVALID_FIELD, "departure must be after ts");
            }
        }
    }
}
