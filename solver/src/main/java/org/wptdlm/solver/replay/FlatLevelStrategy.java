package org.wptdlm.solver.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Our online planner, re-planned every slot from what is known. It computes the lowest constant
 * aggregate power ("level") at which every present vehicle still gets its remaining energy (as far as
 * its maximum power allows) by its estimated departure. All known vehicles are present now, so a level
 * L works exactly when, for every future slot T, the energy that must be done before T (what cannot
 * fit after T at full power) fits into L × (T − now); the lowest level is the largest such ratio (a
 * min-cut argument on the sessions × slots flow network). The slot's power then goes out
 * least-laxity-first up to that level, raised by a hedge for vehicles yet to come, and never below the
 * peak already drawn: power up to a peak already paid for costs no peak, and energy delivered now is
 * energy no later arrival can crowd out. When even the
 * capacity is too low, the slot is overloaded and the whole capacity goes out least-laxity-first, so
 * flattening never costs energy there. Flat levels keep the peak close to what perfect foresight needs.
 */
final class FlatLevelStrategy implements OnlineStrategy {

    private final double hedge;
    private double peakSoFarKw;

    FlatLevelStrategy(double hedge) {
        this.hedge = hedge;
    }

    @Override
    public String name() {
        return "dlm";
    }

    @Override
    public void allocate(int slot, List<Vehicle> present, double capacityKw, double slotHours) {
        double levelKw = Math.min(capacityKw,
                Math.max(peakSoFarKw, lowestLevelKw(present, slot, slotHours) * (1 + hedge)));
        peakSoFarKw = Math.max(peakSoFarKw, levelKw);
        List<Vehicle> byLaxity = new ArrayList<>(present);
        byLaxity.sort(Comparator.comparingDouble(vehicle -> vehicle.laxitySlots(slot, slotHours)));
        for (Vehicle vehicle : byLaxity) {
            vehicle.kw = Math.min(vehicle.wantKw(slotHours), levelKw);
            levelKw -= vehicle.kw;
        }
    }

    /** The largest, over future slots T, of (energy that must be done before T) / (hours until T). */
    static double lowestLevelKw(List<Vehicle> present, int slot, double slotHours) {
        int lastDeadline = slot + 1;
        for (Vehicle vehicle : present) {
            lastDeadline = Math.max(lastDeadline, vehicle.estimatedDepartureSlot);
        }
        double levelKw = 0;
        for (int until = slot + 1; until <= lastDeadline; until++) {
            double mustKwh = 0;
            for (Vehicle vehicle : present) {
                int slotsLeft = Math.max(1, vehicle.estimatedDepartureSlot - slot);
                double fullRateKwh = vehicle.maxKw * slotHours;
                double needKwh = Math.min(vehicle.remainingKwh, fullRateKwh * slotsLeft);
                double afterKwh = fullRateKwh * Math.max(0, vehicle.estimatedDepartureSlot - until);
                mustKwh += Math.max(0, needKwh - afterKwh);
            }
            levelKw = Math.max(levelKw, mustKwh / (slotHours * (until - slot)));
        }
        return levelKw;
    }
}
