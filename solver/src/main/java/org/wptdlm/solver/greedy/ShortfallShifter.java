package org.wptdlm.solver.greedy;

import java.util.Arrays;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Repairs what giving energy early can cost: a session that took a slot first may have left another
 * short although it could have charged in a later slot of its own stay where the grid still has room.
 * For each session still short, in the pass's order, and each full slot of its stay, another session
 * charging there moves that power to one of its own slots with room (its energy stays the same) and
 * the short session takes the power freed. One step of an augmenting path: cheap, and enough to give a
 * session stuck behind an earlier one its energy.
 */
final class ShortfallShifter {

    private static final double NEGLIGIBLE_KW = Capacity.NEGLIGIBLE_KW;

    private final IndexedProblem problem;
    private final Allocation allocation;
    private final Capacity capacity;

    ShortfallShifter(IndexedProblem problem, Allocation allocation, Capacity capacity) {
        this.problem = problem;
        this.allocation = allocation;
        this.capacity = capacity;
    }

    /** Tries to cover {@code shortKwh} of each session in {@code order}; adds what it gets to {@code deliveredKwh}. */
    void shift(int[] order, double[] shortKwh, double[] deliveredKwh) {
        double hours = problem.slotHours();
        int[][] servedBySlot = null;
        for (int s : order) {
            double shortKwSlots = shortKwh[s] / hours;
            if (shortKwSlots <= NEGLIGIBLE_KW) {
                continue;
            }
            int[] roomySlots = roomySlots();
            if (roomySlots.length == 0) {
                return;
            }
            if (servedBySlot == null) {
                servedBySlot = servedBySlot();
            }
            double gainedKwSlots = 0.0;
            for (int t = problem.arrivalSlot(s); t < problem.departureSlot(s) && gainedKwSlots < shortKwSlots - NEGLIGIBLE_KW; t++) {
                gainedKwSlots += takeFromOthers(s, t, shortKwSlots - gainedKwSlots, servedBySlot[t], roomySlots);
            }
            deliveredKwh[s] += gainedKwSlots * hours;
        }
    }

    /** Power (kW) the session gains in the slot from others that move theirs to slots with room. */
    private double takeFromOthers(int session, int slot, double wantedKw, int[] others, int[] roomySlots) {
        double wantKw = Math.min(wantedKw, problem.rateKw(session, allocation.pad(session)) - allocation.kw(session, slot));
        double gainedKw = 0.0;
        double sessionEfficiency = problem.padEfficiency(allocation.pad(session));
        for (int other : others) {
            if (wantKw - gainedKw <= NEGLIGIBLE_KW) {
                break;
            }
            if (other == session || allocation.kw(other, slot) <= NEGLIGIBLE_KW) {
                continue;
            }
            double otherEfficiency = problem.padEfficiency(allocation.pad(other));
            int departure = problem.departureSlot(other);
            for (int i = firstAtOrAfter(roomySlots, problem.arrivalSlot(other)); i < roomySlots.length && roomySlots[i] < departure; i++) {
                int elsewhere = roomySlots[i];
                double stillKw = wantKw - gainedKw;
                if (stillKw <= NEGLIGIBLE_KW || allocation.kw(other, slot) <= NEGLIGIBLE_KW) {
                    break;
                }
                if (elsewhere == slot) {
                    continue;
                }
                double movedKw = Math.min(Math.min(capacity.roomKw(allocation, other, elsewhere), allocation.kw(other, slot)),
                        stillKw * otherEfficiency / sessionEfficiency);
                if (movedKw <= NEGLIGIBLE_KW) {
                    continue;
                }
                capacity.release(allocation, other, slot, movedKw);
                capacity.take(allocation, other, elsewhere, movedKw);
                double takenKw = Math.min(capacity.roomKw(allocation, session, slot), stillKw);
                if (takenKw <= NEGLIGIBLE_KW) {
                    capacity.release(allocation, other, elsewhere, movedKw);
                    capacity.take(allocation, other, slot, movedKw);
                    break;
                }
                capacity.take(allocation, session, slot, takenKw);
                gainedKw += takenKw;
            }
        }
        return gainedKw;
    }

    /** The slots where the grid still has power left, in order. */
    private int[] roomySlots() {
        int[] slots = new int[problem.slots()];
        int count = 0;
        for (int t = 0; t < problem.slots(); t++) {
            if (capacity.gridHasRoom(t)) {
                slots[count++] = t;
            }
        }
        return Arrays.copyOf(slots, count);
    }

    private static int firstAtOrAfter(int[] sortedSlots, int slot) {
        int found = Arrays.binarySearch(sortedSlots, slot);
        return found >= 0 ? found : -found - 1;
    }

    /** Per slot, the served sessions present in it. */
    private int[][] servedBySlot() {
        int[] counts = new int[problem.slots()];
        for (int s = 0; s < problem.sessions(); s++) {
            if (allocation.pad(s) >= 0) {
                for (int t = problem.arrivalSlot(s); t < problem.departureSlot(s); t++) {
                    counts[t]++;
                }
            }
        }
        int[][] bySlot = new int[problem.slots()][];
        for (int t = 0; t < bySlot.length; t++) {
            bySlot[t] = new int[counts[t]];
            counts[t] = 0;
        }
        for (int s = 0; s < problem.sessions(); s++) {
            if (allocation.pad(s) >= 0) {
                for (int t = problem.arrivalSlot(s); t < problem.departureSlot(s); t++) {
                    bySlot[t][counts[t]++] = s;
                }
            }
        }
        return bySlot;
    }
}
