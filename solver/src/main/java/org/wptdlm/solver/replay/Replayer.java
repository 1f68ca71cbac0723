package org.wptdlm.solver.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wptdlm.solver.replay.OnlineStrategy.Vehicle;
import org.wptdlm.solver.replay.ReplayInstance.Visit;

/**
 * Plays a replay slot by slot: a session appears at its arrival (with its estimated departure and
 * request), the strategy sets the slot's power of the present vehicles within the capacity, energy is
 * delivered, and the vehicle leaves at its true departure — whatever it still lacked is lost. With a
 * pad count, a vehicle that arrives when every pad is taken is not served.
 */
public final class Replayer {

    /** The strategies by their command-line names; {@code optimal} is the offline bound, not an online strategy. */
    public static final List<String> STRATEGIES = List.of("dlm", "llf", "edf", "fcfs", "round-robin", "optimal");

    /** How much above its minimal flat level our planner keeps, for vehicles yet to come. */
    static final double DLM_HEDGE = 0.1;

    private Replayer() {
    }

    public static ReplayResult run(ReplayInstance instance, String strategyName, double capacityKw, Integer pads) {
        if ("optimal".equals(strategyName)) {
            return PerfectForesight.solve(instance, capacityKw);
        }
        OnlineStrategy strategy = strategy(strategyName);
        double hours = instance.slotHours();
        List<Visit> visits = instance.visits();
        Vehicle[] vehicles = new Vehicle[visits.size()];
        List<Integer> present = new ArrayList<>();
        int nextArrival = 0;
        double deliveredKwh = 0;
        double peakKw = 0;
        for (int slot = 0; slot < instance.slots(); slot++) {
            final int now = slot;
            present.removeIf(i -> visits.get(i).departureSlot() <= now);
            while (nextArrival < visits.size() && visits.get(nextArrival).arrivalSlot() <= slot) {
                Visit visit = visits.get(nextArrival);
                if (visit.departureSlot() > slot && (pads == null || present.size() < pads)) {
                    vehicles[nextArrival] = new Vehicle(visit.arrivalSlot(), visit.estimatedDepartureSlot(), visit.maxKw(),
                            visit.energyKwh());
                    present.add(nextArrival);
                }
                nextArrival++;
            }
            List<Vehicle> charging = new ArrayList<>();
            for (int i : present) {
                Vehicle vehicle = vehicles[i];
                vehicle.kw = 0;
                if (vehicle.remainingKwh > 1e-9) {
                    charging.add(vehicle);
                }
            }
            if (charging.isEmpty()) {
                continue;
            }
            strategy.allocate(slot, charging, capacityKw, hours);
            double slotKw = 0;
            for (Vehicle vehicle : charging) {
                double kw = Math.max(0, Math.min(vehicle.kw, vehicle.wantKw(hours)));
                vehicle.remainingKwh -= kw * hours;
                deliveredKwh += kw * hours;
                slotKw += kw;
            }
            if (slotKw > capacityKw + 1e-6) {
                throw new IllegalStateException(String.format(Locale.ROOT, "%s drew %.3f kW above the capacity %.3f kW in slot %d",
                        strategy.name(), slotKw, capacityKw, slot));
            }
            peakKw = Math.max(peakKw, slotKw);
        }
        return new ReplayResult(strategy.name(), capacityKw, deliveredKwh, instance.requestedKwh(), peakKw);
    }

    static OnlineStrategy strategy(String name) {
        return switch (name) {
            case "dlm" -> new FlatLevelStrategy(DLM_HEDGE);
            case "llf" -> PriorityStrategy.leastLaxityFirst();
            case "edf" -> PriorityStrategy.earliestDeadlineFirst();
            case "fcfs" -> PriorityStrategy.firstComeFirstServed();
            case "round-robin" -> new RoundRobinStrategy();
            default -> throw new IllegalArgumentException("unknown strategy '" + name + "', expected one of " + STRATEGIES);
        };
    }
}
