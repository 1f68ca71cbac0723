package org.wptdlm.solver.replay;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.wptdlm.solver.replay.OnlineStrategy.Vehicle;
import org.wptdlm.solver.replay.ReplayInstance.Visit;

/**
 * Plays a replay slot by slot: a session appears at its arrival (with its estimated departure and
 * request), the strategy sets the slot's power of the present vehicles within the capacity, energy is
 * delivered, and the vehicle leaves at its true departure — whatever it still lacked is lost, and the
 * strategy learns the true departure. With a pad count, a vehicle that arrives when every pad is taken
 * is not served. Setpoint changes are counted per vehicle from one slot to the next while it is present
 * (a change of more than {@link #SETPOINT_STEP_KW}; its first setpoint is not a change).
 */
public final class Replayer {

    /** The strategies by their command-line names; {@code optimal} is the offline bound, not an online strategy. */
    public static final List<String> STRATEGIES =
            List.of("dlm", "dlm-timefold", "llf", "edf", "fcfs", "round-robin", "optimal");

    /** Smallest setpoint difference that counts as a change: a charger's power step. */
    static final double SETPOINT_STEP_KW = 0.1;

    private Replayer() {
    }

    public static ReplayResult run(ReplayInstance instance, String strategyName, double capacityKw, Integer pads) {
        return run(instance, strategyName, capacityKw, pads, ReplayOptions.NONE);
    }

    /** As {@link #run(ReplayInstance, String, double, Integer)}, with the energy priced by the options' tariff. */
    public static ReplayResult run(ReplayInstance instance, String strategyName, double capacityKw, Integer pads,
            ReplayOptions options) {
        if ("optimal".equals(strategyName)) {
            return PerfectForesight.solve(instance, capacityKw);
        }
        return run(instance, strategy(strategyName, instance.slotMinutes(), options), capacityKw, pads, options);
    }

    /** Plays the replay with the given strategy (to compare variants that have no command-line name). */
    static ReplayResult run(ReplayInstance instance, OnlineStrategy strategy, double capacityKw, Integer pads,
            ReplayOptions options) {
        ReplayTariff tariff = options.tariff();
        double cost = 0;
        double carbonKg = 0;
        double hours = instance.slotHours();
        List<Visit> visits = instance.visits();
        List<Vehicle> present = new ArrayList<>();
        List<Integer> presentDepartures = new ArrayList<>();
        int nextArrival = 0;
        double deliveredKwh = 0;
        double peakKw = 0;
        long setpointChanges = 0;
        long presentSlots = 0;
        for (int slot = 0; slot < instance.slots(); slot++) {
            leave(strategy, present, presentDepartures, slot);
            while (nextArrival < visits.size() && visits.get(nextArrival).arrivalSlot() <= slot) {
                Visit visit = visits.get(nextArrival);
                if (visit.departureSlot() > slot && (pads == null || present.size() < pads)) {
                    present.add(new Vehicle(visit.arrivalSlot(), visit.estimatedDepartureSlot(), visit.maxKw(), visit.energyKwh()));
                    presentDepartures.add(visit.departureSlot());
                }
                nextArrival++;
            }
            List<Vehicle> charging = new ArrayList<>();
            for (Vehicle vehicle : present) {
                vehicle.kw = 0;
                if (vehicle.remainingKwh > 1e-9) {
                    charging.add(vehicle);
                }
            }
            if (!charging.isEmpty()) {
                strategy.allocate(slot, charging, capacityKw, hours);
            }
            double slotKw = 0;
            for (Vehicle vehicle : present) {
                double kw = Math.max(0, Math.min(vehicle.kw, vehicle.wantKw(hours)));
                vehicle.remainingKwh -= kw * hours;
                deliveredKwh += kw * hours;
                slotKw += kw;
                if (vehicle.arrivalSlot < slot && Math.abs(kw - vehicle.lastKw) > SETPOINT_STEP_KW) {
                    setpointChanges++;
                }
                vehicle.lastKw = kw;
            }
            if (tariff != null) {
                cost += slotKw * hours * tariff.pricePerKwh(slot);
                carbonKg += slotKw * hours * tariff.carbonGPerKwh(slot) / 1000;
            }
            presentSlots += present.size();
            if (slotKw > capacityKw + 1e-6) {
                throw new IllegalStateException(String.format(Locale.ROOT, "%s drew %.3f kW above the capacity %.3f kW in slot %d",
                        strategy.name(), slotKw, capacityKw, slot));
            }
            peakKw = Math.max(peakKw, slotKw);
        }
        leave(strategy, present, presentDepartures, Integer.MAX_VALUE);
        double changesPerHour = presentSlots == 0 ? 0 : setpointChanges / (presentSlots * hours);
        return new ReplayResult(strategy.name(), capacityKw, deliveredKwh, instance.requestedKwh(), peakKw, changesPerHour,
                tariff == null ? Double.NaN : cost, tariff == null ? Double.NaN : carbonKg);
    }

    /** Vehicles whose true departure has come leave; the strategy learns when. */
    private static void leave(OnlineStrategy strategy, List<Vehicle> present, List<Integer> departures, int slot) {
        Iterator<Vehicle> vehicles = present.iterator();
        Iterator<Integer> departureSlots = departures.iterator();
        while (vehicles.hasNext()) {
            Vehicle vehicle = vehicles.next();
            int departure = departureSlots.next();
            if (departure <= slot) {
                strategy.departed(vehicle, departure);
                vehicles.remove();
                departureSlots.remove();
            }
        }
    }

    static OnlineStrategy strategy(String name, int slotMinutes, ReplayOptions options) {
        return switch (name) {
            case "dlm" -> PlannerStrategy.greedy(slotMinutes, options.plannedTariff());
            case "dlm-timefold" -> PlannerStrategy.timefold(slotMinutes, options.plannedTariff(), options.improveBudget());
            case "llf" -> PriorityStrategy.leastLaxityFirst();
            case "edf" -> PriorityStrategy.earliestDeadlineFirst();
            case "fcfs" -> PriorityStrategy.firstComeFirstServed();
            case "round-robin" -> new RoundRobinStrategy();
            default -> throw new IllegalArgumentException("unknown strategy '" + name + "', expected one of " + STRATEGIES);
        };
    }
}
