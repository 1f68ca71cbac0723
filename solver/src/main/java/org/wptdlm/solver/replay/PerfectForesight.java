package org.wptdlm.solver.replay;

import java.util.ArrayList;
import java.util.List;
import org.wptdlm.solver.bound.MaxFlow;
import org.wptdlm.solver.replay.ReplayInstance.Visit;

/**
 * The offline optimum of a replay under one aggregate limit, knowing every session's true arrival,
 * departure and request in advance: the most energy any schedule can deliver (a maximum flow from
 * sessions through the slots of their stay to the limit), and the lowest peak that still delivers it
 * (bisection on the limit). Sessions that never overlap in time are solved apart.
 */
public final class PerfectForesight {

    private static final int BISECTION_STEPS = 30;
    private static final double ENERGY_TOLERANCE = 1e-6;

    private PerfectForesight() {
    }

    public static ReplayResult solve(ReplayInstance instance, double capacityKw) {
        double hours = instance.slotHours();
        double energyKwh = 0;
        double peakKw = 0;
        for (List<Visit> component : components(instance.visits())) {
            Network network = new Network(component, capacityKw, hours);
            double most = network.flowAt(capacityKw);
            double low = 0;
            double high = capacityKw;
            for (int step = 0; step < BISECTION_STEPS; step++) {
                double middle = (low + high) / 2;
                if (network.flowAt(middle) >= most - ENERGY_TOLERANCE * Math.max(1, most)) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            energyKwh += most * hours;
            peakKw = Math.max(peakKw, most > 0 ? high : 0);
        }
        return new ReplayResult("optimal", capacityKw, energyKwh, instance.requestedKwh(), peakKw, Double.NaN, Double.NaN,
                Double.NaN);
    }

    /** Groups sessions whose stays overlap, directly or through others. */
    static List<List<Visit>> components(List<Visit> byArrival) {
        List<List<Visit>> components = new ArrayList<>();
        List<Visit> current = new ArrayList<>();
        int currentEnd = -1;
        for (Visit visit : byArrival) {
            if (!current.isEmpty() && visit.arrivalSlot() >= currentEnd) {
                components.add(current);
                current = new ArrayList<>();
            }
            current.add(visit);
            currentEnd = Math.max(currentEnd, visit.departureSlot());
        }
        if (!current.isEmpty()) {
            components.add(current);
        }
        return components;
    }

    /** source → session (its request) → slot of its stay (its maximum) → sink (the limit, per slot). */
    private static final class Network {
        private final MaxFlow flow;
        private final int[] limitEdges;
        private final int source;
        private final int sink;

        Network(List<Visit> visits, double capacityKw, double hours) {
            int firstSlot = visits.stream().mapToInt(Visit::arrivalSlot).min().orElse(0);
            int lastSlot = visits.stream().mapToInt(Visit::departureSlot).max().orElse(0);
            int slots = lastSlot - firstSlot;
            source = 0;
            sink = 1;
            flow = new MaxFlow(2 + visits.size() + slots);
            limitEdges = new int[slots];
            for (int u = 0; u < slots; u++) {
                limitEdges[u] = flow.addEdge(2 + visits.size() + u, sink, capacityKw);
            }
            for (int i = 0; i < visits.size(); i++) {
                Visit visit = visits.get(i);
                flow.addEdge(source, 2 + i, visit.energyKwh() / hours);
                for (int t = visit.arrivalSlot(); t < visit.departureSlot(); t++) {
                    flow.addEdge(2 + i, 2 + visits.size() + (t - firstSlot), visit.maxKw());
                }
            }
        }

        double flowAt(double limitKw) {
            flow.reset(limitEdges, limitKw);
            return flow.maxFlow(source, sink);
        }
    }
}
