package org.wptdlm.solver.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.planning.Circuit;
import org.wptdlm.domain.planning.Pad;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.planning.Session;

/**
 * A validated planning problem flattened into arrays indexed by session, pad, circuit and slot, so the
 * greedy, the checker, the LP bound and the Timefold model share one reading of the contract. Session
 * windows are clipped to the horizon. Circuit index -1 = the pad hangs on the hub directly.
 */
public final class IndexedProblem {

    private final PlanningProblem source;
    private final double slotHours;
    private final double[] headroomKw;
    private final double[] baseLoadKw;
    private final double[] circuitLimitKw;
    private final double[] padMaxKw;
    private final double[] padEfficiency;
    private final double[] padMinKw;
    private final int[] padCircuit;
    private final int[] arrivalSlot;
    private final int[] departureSlot;
    private final double[] energyKwh;
    private final double[] criticalKwh;
    private final double[] sessionMaxKw;
    private final int[] weight;
    private final int[] fixedPad;

    private IndexedProblem(PlanningProblem problem) {
        source = problem;
        slotHours = problem.slotHours();
        int slots = problem.slots();
        headroomKw = new double[slots];
        baseLoadKw = new double[slots];
        for (int t = 0; t < slots; t++) {
            headroomKw[t] = problem.chargingHeadroomKw(t);
            baseLoadKw[t] = problem.hub().baseLoadKw(t);
        }
        List<Circuit> circuits = problem.circuits();
        Map<String, Integer> circuitIndex = new HashMap<>();
        circuitLimitKw = new double[circuits.size()];
        for (int c = 0; c < circuits.size(); c++) {
            circuitIndex.put(circuits.get(c).id(), c);
            circuitLimitKw[c] = circuits.get(c).limitKw();
        }
        List<Pad> pads = problem.pads();
        Map<String, Integer> padIndex = new HashMap<>();
        padMaxKw = new double[pads.size()];
        padEfficiency = new double[pads.size()];
        padMinKw = new double[pads.size()];
        padCircuit = new int[pads.size()];
        for (int p = 0; p < pads.size(); p++) {
            Pad pad = pads.get(p);
            padIndex.put(pad.id(), p);
            padMaxKw[p] = pad.maxKw();
            padEfficiency[p] = pad.efficiency();
            padMinKw[p] = pad.minKwOrZero();
            padCircuit[p] = pad.circuitId() == null ? -1 : circuitIndex.get(pad.circuitId());
        }
        List<Session> sessions = problem.sessions();
        int n = sessions.size();
        arrivalSlot = new int[n];
        departureSlot = new int[n];
        energyKwh = new double[n];
        criticalKwh = new double[n];
        sessionMaxKw = new double[n];
        weight = new int[n];
        fixedPad = new int[n];
        for (int s = 0; s < n; s++) {
            Session session = sessions.get(s);
            arrivalSlot[s] = Math.min(session.arrivalSlot(), slots);
            departureSlot[s] = Math.min(session.departureSlot(), slots);
            energyKwh[s] = session.energyKwh();
            criticalKwh[s] = session.criticalKwh();
            sessionMaxKw[s] = session.maxKw();
            weight[s] = session.energyWeight();
            fixedPad[s] = session.padId() == null ? -1 : padIndex.get(session.padId());
        }
    }

    /** The problem must have passed {@code PlanningProblemValidator}. */
    public static IndexedProblem of(PlanningProblem problem) {
        return new IndexedProblem(problem);
    }

    public PlanningProblem source() {
        return source;
    }

    public int slots() {
        return headroomKw.length;
    }

    public int sessions() {
        return arrivalSlot.length;
    }

    public int pads() {
        return padMaxKw.length;
    }

    public int circuits() {
        return circuitLimitKw.length;
    }

    public double slotHours() {
        return slotHours;
    }

    /** Grid limit minus base load in the slot, never negative. */
    public double headroomKw(int slot) {
        return headroomKw[slot];
    }

    /** The hub's own load in the slot: the chargers' draw adds to it at the grid connection. */
    public double baseLoadKw(int slot) {
        return baseLoadKw[slot];
    }

    public double circuitLimitKw(int circuit) {
        return circuitLimitKw[circuit];
    }

    public double padMaxKw(int pad) {
        return padMaxKw[pad];
    }

    public double padEfficiency(int pad) {
        return padEfficiency[pad];
    }

    /** The least power the pad delivers when on (0 = any). */
    public double padMinKw(int pad) {
        return padMinKw[pad];
    }

    public int padCircuit(int pad) {
        return padCircuit[pad];
    }

    public int arrivalSlot(int session) {
        return arrivalSlot[session];
    }

    public int departureSlot(int session) {
        return departureSlot[session];
    }

    public int windowSlots(int session) {
        return Math.max(0, departureSlot[session] - arrivalSlot[session]);
    }

    public double energyKwh(int session) {
        return energyKwh[session];
    }

    public double criticalKwh(int session) {
        return criticalKwh[session];
    }

    public double sessionMaxKw(int session) {
        return sessionMaxKw[session];
    }

    public int weight(int session) {
        return weight[session];
    }

    /** The pad the vehicle already stands on, or -1. */
    public int fixedPad(int session) {
        return fixedPad[session];
    }

    /** The most power a session can take on a pad in one slot. */
    public double rateKw(int session, int pad) {
        return Math.min(sessionMaxKw[session], padMaxKw[pad]);
    }

    public boolean overlap(int first, int second) {
        return arrivalSlot[first] < departureSlot[second] && arrivalSlot[second] < departureSlot[first];
    }
}
