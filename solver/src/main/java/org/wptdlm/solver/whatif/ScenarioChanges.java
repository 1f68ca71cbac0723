package org.wptdlm.solver.whatif;

import java.util.List;

/**
 * What an operator changes against a hub's current state. Every part is optional (null or empty = as is).
 *
 * @param gridLimits grid import limits (kW) that replace the current one while they hold; where
 *     entries overlap a slot the lowest holds
 * @param padsOutOfService pads that cannot charge; a vehicle parked on one may move to a free pad
 * @param addedVehicles vehicles that arrive in the scenario
 * @param removedVehicleIds vehicles that do not come (or leave now)
 * @param prices price per kWh that replaces the current price while it holds
 * @param horizonSlots another horizon, in slots of the hub's slot length
 */
public record ScenarioChanges(
        List<ScheduleEntry> gridLimits,
        List<String> padsOutOfService,
        List<AddedVehicle> addedVehicles,
        List<String> removedVehicleIds,
        List<ScheduleEntry> prices,
        Integer horizonSlots) {

    public ScenarioChanges {
        gridLimits = gridLimits == null ? List.of() : List.copyOf(gridLimits);
        padsOutOfService = padsOutOfService == null ? List.of() : List.copyOf(padsOutOfService);
        addedVehicles = addedVehicles == null ? List.of() : List.copyOf(addedVehicles);
        removedVehicleIds = removedVehicleIds == null ? List.of() : List.copyOf(removedVehicleIds);
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
