package org.wptdlm.ingest.publish;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.pad.SeedNames;
import org.wptdlm.domain.signal.GridLimitStep;

/**
 * The DLM event the service publishes on {@code iot/hubs/{hub_id}/dlm/events} and, retained, on
 * {@code iot/hubs/{hub_id}/dlm/allocation}: what each pad may deliver now, the schedule ahead, and
 * the fallback limit each pad keeps to if the service goes silent.
 *
 * @param source always {@code dlm-service}: hub controllers and the service itself tell the
 *     service's events from hub events by it
 * @param publisherId the MQTT client id of the service instance that published it
 * @param ownerInstance the instance that owned the hub when it published ({@code dlm.cluster.instance-id})
 * @param ownerEpoch the owner's fencing epoch: it only grows from one owner of the hub to the next, so
 *     a controller ignores an allocation with a lower epoch than one it has seen (an owner that has
 *     not yet noticed it lost the hub); absent in allocations published before issue 12
 * @param planId the stored plan's id: in the stored copy only (the event goes out before the plan is
 *     written, so a database outage does not hold it up)
 * @param sequence the hub's DLM event number (1, 2, …), so a controller can spot a gap; absent
 *     in the stored copy, whose row holds it
 * @param trigger why the hub was re-planned
 * @param strategy {@code greedy} (published at once) or {@code timefold} (the improvement)
 * @param slotStart start of slot 0 of {@code schedule}
 * @param validUntil when the controller should switch to the fallback limits if no newer
 *     allocation has arrived
 * @param gridLimitKw the binding grid limit of the current slot (grid limit minus base load is the charging headroom)
 * @param baseLoadKw the base load of the current slot
 * @param gridLimits the binding grid limit per slot of {@code schedule} as change points, each with the
 *     source that set it ({@code info}, {@code mqtt}, {@code operator}, {@code safe-limit:<source>}, …)
 * @param setpoints one per pad of the hub, for the current slot
 * @param schedule one per pad with power planned, kW per slot from {@code slotStart}
 */
public record AllocationEvent(
        String source,
        String type,
        String publisherId,
        String ownerInstance,
        Long ownerEpoch,
        String hubId,
        Long planId,
        Long sequence,
        String trigger,
        String strategy,
        Instant ts,
        Instant slotStart,
        int slotMinutes,
        Instant validUntil,
        double gridLimitKw,
        double baseLoadKw,
        List<GridLimitStep> gridLimits,
        List<Setpoint> setpoints,
        List<PadSchedule> schedule) {

    /**
     * @param powerKw power the pad may deliver to the vehicle now, kW
     * @param gridPowerKw what that draws from the grid (powerKw / efficiency), kW
     * @param fallbackKw the most the pad may deliver when the service is silent, kW
     */
    public record Setpoint(@JsonProperty(SeedNames.PAD_ID) String padId, String vehicleId, double powerKw, double gridPowerKw, double fallbackKw) {}

    /** A pad's planned power to the vehicle per slot, kW. */
    public record PadSchedule(@JsonProperty(SeedNames.PAD_ID) String padId, String vehicleId, List<Double> kwBySlot) {}

    public AllocationEvent withIds(Long newPlanId, Long newSequence) {
        return new AllocationEvent(source, type, publisherId, ownerInstance, ownerEpoch, hubId, newPlanId, newSequence,
                trigger, strategy, ts, slotStart, slotMinutes, validUntil, gridLimitKw, baseLoadKw, gridLimits,
                setpoints, schedule);
    }

    /** The event as the owner of the hub under {@code epoch} publishes it. */
    public AllocationEvent withOwner(String instanceId, long epoch) {
        return new AllocationEvent(source, type, publisherId, instanceId, epoch, hubId, planId, sequence, trigger,
                strategy, ts, slotStart, slotMinutes, validUntil, gridLimitKw, baseLoadKw, gridLimits, setpoints,
                schedule);
    }
}
