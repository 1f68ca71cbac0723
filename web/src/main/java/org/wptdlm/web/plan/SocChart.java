package org.wptdlm.web.plan;

import java.util.List;

/**
 * Chart data: each vehicle's state of charge at the end of every slot it is present in (null
 * outside), its target and its last slot before the departure it is planned against (the hub's learned estimate).
 *
 * @param hiddenVehicles vehicles left out: beyond the number a chart legend can hold, or of unknown battery
 */
public record SocChart(List<String> slotLabels, List<VehicleLine> vehicles, int hiddenVehicles) {

    record VehicleLine(String name, List<Double> socPercent, double targetSocPercent, Integer departureIndex) {}
}
