package org.wptdlm.solver.problem;

import java.util.Arrays;

/**
 * A solver's working answer: pad per session (-1 = not served) and kW delivered per session and slot.
 * Mutable and not thread-safe; each solve owns its own instance.
 */
public final class Allocation {

    private final int[] padOfSession;
    private final double[][] kw;
    private final int slots;

    public Allocation(int sessions, int slots) {
        this.slots = slots;
        padOfSession = new int[sessions];
        Arrays.fill(padOfSession, -1);
        kw = new double[sessions][slots];
    }

    public int pad(int session) {
        return padOfSession[session];
    }

    public void assignPad(int session, int pad) {
        padOfSession[session] = pad;
    }

    public double kw(int session, int slot) {
        return kw[session][slot];
    }

    public void setKw(int session, int slot, double value) {
        kw[session][slot] = value;
    }

    public void addKw(int session, int slot, double value) {
        kw[session][slot] += value;
    }

    public double deliveredKwh(int session, double slotHours) {
        double sum = 0.0;
        for (double value : kw[session]) {
            sum += value;
        }
        return sum * slotHours;
    }

    /** A deep copy, so a caller can keep one answer while another is changed. */
    public Allocation copy() {
        Allocation copy = new Allocation(padOfSession.length, slots);
        System.arraycopy(padOfSession, 0, copy.padOfSession, 0, padOfSession.length);
        for (int s = 0; s < kw.length; s++) {
            System.arraycopy(kw[s], 0, copy.kw[s], 0, slots);
        }
        return copy;
    }

    public int sessions() {
        return padOfSession.length;
    }

    public int slots() {
        return slots;
    }
}
