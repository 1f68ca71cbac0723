package org.wptdlm.solver.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wptdlm.solver.bound.MaxFlow;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Gives sessions still short of their target the energy the pads they hold allow, exactly: with pads
 * fixed, the energy pass is a flow of grid kW from the sessions through their slots, their circuit's
 * slot and the grid's slot (every row of a slot counts grid kW, and a session's vehicle energy is its
 * grid flow times its one pad's efficiency). The plan so far is the starting flow; augmenting paths
 * then take energy for the short sessions, moving other sessions' energy to other slots of their stays
 * (any number of steps, where {@link ShortfallShifter} takes one) but never taking any away, since a
 * path from the source never runs back into it. Short sessions go in groups of equal value per grid
 * kWh (priority weight × efficiency), most valuable first: the sessions' achievable flows form a
 * polymatroid, on which serving the most valuable first maximises the weighted energy (Edmonds'
 * greedy). Energy the fill already gave a less valuable session is kept, so the result is close to
 * that optimum rather than provably at it (docs/solver.md, greedy step 4).
 */
final class EnergyFlow {

    private static final double NEGLIGIBLE_KW = Capacity.NEGLIGIBLE_KW;

    private final IndexedProblem problem;
    private final Allocation allocation;
    private final Capacity capacity;

    EnergyFlow(IndexedProblem problem, Allocation allocation, Capacity capacity) {
        this.problem = problem;
        this.allocation = allocation;
        this.capacity = capacity;
    }

    /**
     * Raises each served session towards {@code targetKwh} (its delivered energy is {@code deliveredKwh},
     * updated here); returns whether any session gained.
     */
    boolean serve(double[] targetKwh, double[] deliveredKwh) {
        double hours = problem.slotHours();
        List<Integer> shortSessions = new ArrayList<>();
        for (int s = 0; s < problem.sessions(); s++) {
            if (allocation.pad(s) >= 0 && targetKwh[s] - deliveredKwh[s] > NEGLIGIBLE_KW * hours) {
                shortSessions.add(s);
            }
        }
        if (shortSessions.isEmpty()) {
            return false;
        }
        Network network = new Network();
        shortSessions.sort(Comparator.comparingDouble(this::valuePerGridKw).reversed());
        double gained = 0.0;
        for (int from = 0; from < shortSessions.size();) {
            double value = valuePerGridKw(shortSessions.get(from));
            int to = from;
            while (to < shortSessions.size() && valuePerGridKw(shortSessions.get(to)) == value) {
                int s = shortSessions.get(to++);
                network.flow.setCapacity(network.sourceEdge[s], targetKwh[s] / hours / problem.padEfficiency(allocation.pad(s)));
            }
            gained += network.flow.maxFlow(Network.SOURCE, Network.SINK);
            for (int i = from; i < to; i++) {
                int s = shortSessions.get(i);
                network.flow.setCapacity(network.sourceEdge[s], 0.0);
            }
            from = to;
        }
        if (gained <= NEGLIGIBLE_KW) {
            return false;
        }
        network.apply(deliveredKwh);
        return true;
    }

    private double valuePerGridKw(int session) {
        return problem.weight(session) * problem.padEfficiency(allocation.pad(session));
    }

    /** The plan as a flow: source → session → (circuit, slot) → grid slot → sink, in grid kW. */
    private final class Network {

        static final int SOURCE = 0;
        static final int SINK = 1;

        final MaxFlow flow;
        final int[] sourceEdge;
        final int[][] slotEdge;

        Network() {
            int slots = problem.slots();
            int sessions = problem.sessions();
            int gridNode = 2 + sessions;
            int circuitNode = gridNode + slots;
            int edges = slots * (1 + problem.circuits());
            for (int s = 0; s < sessions; s++) {
                edges += allocation.pad(s) < 0 ? 0 : 1 + problem.windowSlots(s);
            }
            flow = new MaxFlow(circuitNode + problem.circuits() * slots, edges);
            sourceEdge = new int[sessions];
            slotEdge = new int[sessions][];
            double[] gridKw = new double[slots];
            double[][] circuitKw = new double[problem.circuits()][slots];
            for (int s = 0; s < sessions; s++) {
                int pad = allocation.pad(s);
                if (pad < 0) {
                    continue;
                }
                double efficiency = problem.padEfficiency(pad);
                int circuit = problem.padCircuit(pad);
                int arrival = problem.arrivalSlot(s);
                slotEdge[s] = new int[problem.windowSlots(s)];
                double totalKw = 0.0;
                for (int t = arrival; t < problem.departureSlot(s); t++) {
                    double kw = allocation.kw(s, t) / efficiency;
                    int next = circuit >= 0 ? circuitNode + circuit * slots + t : gridNode + t;
                    slotEdge[s][t - arrival] = flow.addEdge(2 + s, next, problem.rateKw(s, pad) / efficiency, kw);
                    totalKw += kw;
                    gridKw[t] += kw;
                    if (circuit >= 0) {
                        circuitKw[circuit][t] += kw;
                    }
                }
                sourceEdge[s] = flow.addEdge(SOURCE, 2 + s, totalKw, totalKw);
            }
            for (int c = 0; c < problem.circuits(); c++) {
                double limitKw = Math.max(0.0, problem.circuitLimitKw(c) - Capacity.SAFETY_KW);
                for (int t = 0; t < slots; t++) {
                    flow.addEdge(circuitNode + c * slots + t, gridNode + t, Math.max(limitKw, circuitKw[c][t]), circuitKw[c][t]);
                }
            }
            for (int t = 0; t < slots; t++) {
                double headroomKw = Math.max(0.0, problem.headroomKw(t) - Capacity.SAFETY_KW);
                flow.addEdge(gridNode + t, SINK, Math.max(headroomKw, gridKw[t]), gridKw[t]);
            }
        }

        /** Writes the flow back into the plan: powers lowered first, so the capacity never runs short. */
        void apply(double[] deliveredKwh) {
            for (int pass = 0; pass < 2; pass++) {
                for (int s = 0; s < slotEdge.length; s++) {
                    if (slotEdge[s] == null) {
                        continue;
                    }
                    double efficiency = problem.padEfficiency(allocation.pad(s));
                    int arrival = problem.arrivalSlot(s);
                    for (int i = 0; i < slotEdge[s].length; i++) {
                        int t = arrival + i;
                        double deltaKw = flow.flowOn(slotEdge[s][i]) * efficiency - allocation.kw(s, t);
                        if (pass == 0 && deltaKw < -NEGLIGIBLE_KW) {
                            capacity.release(allocation, s, t, -deltaKw);
                            deliveredKwh[s] += deltaKw * problem.slotHours();
                        } else if (pass == 1 && deltaKw > NEGLIGIBLE_KW) {
                            double takenKw = Math.min(deltaKw, capacity.roomKw(allocation, s, t));
                            capacity.take(allocation, s, t, takenKw);
                            deliveredKwh[s] += takenKw * problem.slotHours();
                        }
                    }
                }
            }
        }
    }
}
