package org.wptdlm.solver.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The classic baselines of the ACN-Sim study: vehicles in a priority order each get as much as they
 * can take until the capacity is used up — least laxity first (LLF), earliest (estimated) deadline
 * first (EDF), first come first served (FCFS).
 */
final class PriorityStrategy implements OnlineStrategy {

    private final String name;
    private final BiFunction<Integer, Double, Comparator<Vehicle>> order;

    private PriorityStrategy(String name, BiFunction<Integer, Double, Comparator<Vehicle>> order) {
        this.name = name;
        this.order = order;
    }

    static PriorityStrategy leastLaxityFirst() {
        return new PriorityStrategy("llf",
                (slot, hours) -> Comparator.comparingDouble(vehicle -> vehicle.laxitySlots(slot, hours)));
    }

    static PriorityStrategy earliestDeadlineFirst() {
        return new PriorityStrategy("edf", (slot, hours) -> Comparator.comparingInt(vehicle -> vehicle.estimatedDepartureSlot));
    }

    static PriorityStrategy firstComeFirstServed() {
        return new PriorityStrategy("fcfs", (slot, hours) -> Comparator.comparingInt(vehicle -> vehicle.arrivalSlot));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void allocate(int slot, List<Vehicle> present, double capacityKw, double slotHours) {
        List<Vehicle> ordered = new ArrayList<>(present);
        ordered.sort(order.apply(slot, slotHours));
        double leftKw = capacityKw;
        for (Vehicle vehicle : ordered) {
            vehicle.kw = Math.min(vehicle.wantKw(slotHours), leftKw);
            leftKw -= vehicle.kw;
        }
    }
}
