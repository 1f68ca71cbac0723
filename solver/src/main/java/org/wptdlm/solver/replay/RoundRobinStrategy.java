package org.wptdlm.solver.replay;

import java.util.List;

/**
 * Round robin in its fluid form: the capacity is shared equally among present vehicles; what a vehicle
 * cannot take goes to the others (water-filling).
 */
final class RoundRobinStrategy implements OnlineStrategy {

    @Override
    public String name() {
        return "round-robin";
    }

    @Override
    public void allocate(int slot, List<Vehicle> present, double capacityKw, double slotHours) {
        double low = 0;
        double high = capacityKw;
        for (int step = 0; step < 60; step++) {
            double share = (low + high) / 2;
            if (total(present, share, slotHours) > capacityKw) {
                high = share;
            } else {
                low = share;
            }
        }
        for (Vehicle vehicle : present) {
            vehicle.kw = Math.min(vehicle.wantKw(slotHours), low);
        }
    }

    private static double total(List<Vehicle> present, double share, double slotHours) {
        double sum = 0;
        for (Vehicle vehicle : present) {
            sum += Math.min(vehicle.wantKw(slotHours), share);
        }
        return sum;
    }
}
