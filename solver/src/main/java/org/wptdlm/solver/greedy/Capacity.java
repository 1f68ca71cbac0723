package org.wptdlm.solver.greedy;

import java.util.Arrays;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/** What is left of the grid and circuit limits per slot (grid-side kW) while the greedy allocates. */
final class Capacity {

    /** Keeps float rounding from ever taking a sum a hair above a limit. */
    static final double SAFETY_KW = 1e-7;
    /** Amounts below this are rounding noise. */
    static final double NEGLIGIBLE_KW = 1e-9;

    private final IndexedProblem problem;
    private final double[] gridFreeKw;
    private final double[][] circuitFreeKw;

    Capacity(IndexedProblem problem) {
        this.problem = problem;
        int slots = problem.slots();
        gridFreeKw = new double[slots];
        for (int t = 0; t < slots; t++) {
            gridFreeKw[t] = Math.max(0.0, problem.headroomKw(t) - SAFETY_KW);
        }
        circuitFreeKw = new double[problem.circuits()][slots];
        for (int c = 0; c < problem.circuits(); c++) {
            double free = Math.max(0.0, problem.circuitLimitKw(c) - SAFETY_KW);
            Arrays.fill(circuitFreeKw[c], free);
        }
    }

    /** The most the session may still get in the slot on its pad, in vehicle kW. */
    double roomKw(Allocation allocation, int session, int slot) {
        int pad = allocation.pad(session);
        double efficiency = problem.padEfficiency(pad);
        double room = Math.min(problem.rateKw(session, pad) - allocation.kw(session, slot), gridFreeKw[slot] * efficiency);
        int circuit = problem.padCircuit(pad);
        if (circuit >= 0) {
            room = Math.min(room, circuitFreeKw[circuit][slot] * efficiency);
        }
        return Math.max(0.0, room);
    }

    /** Whether the grid has any power left in the slot (a circuit may still be full). */
    boolean gridHasRoom(int slot) {
        return gridFreeKw[slot] > NEGLIGIBLE_KW;
    }

    /** Gives back power the session had taken in the slot. */
    void release(Allocation allocation, int session, int slot, double vehicleKw) {
        int pad = allocation.pad(session);
        double gridKw = vehicleKw / problem.padEfficiency(pad);
        allocation.addKw(session, slot, -vehicleKw);
        gridFreeKw[slot] += gridKw;
        int circuit = problem.padCircuit(pad);
        if (circuit >= 0) {
            circuitFreeKw[circuit][slot] += gridKw;
        }
    }

    void take(Allocation allocation, int session, int slot, double vehicleKw) {
        if (vehicleKw <= 0) {
            return;
        }
        int pad = allocation.pad(session);
        double gridKw = vehicleKw / problem.padEfficiency(pad);
        allocation.addKw(session, slot, vehicleKw);
        gridFreeKw[slot] = Math.max(0.0, gridFreeKw[slot] - gridKw);
        int circuit = problem.padCircuit(pad);
        if (circuit >= 0) {
            circuitFreeKw[circuit][slot] = Math.max(0.0, circuitFreeKw[circuit][slot] - gridKw);
        }
    }
}
