package org.wptdlm.solver.bound;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * Pads that are interchangeable for the bound: same maximum, efficiency and circuit. The LP gives each
 * class a count instead of tracking single pads, which keeps it small.
 */
record PadClass(double maxKw, double efficiency, int circuit, int count) {

    static List<PadClass> of(IndexedProblem problem) {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        for (int p = 0; p < problem.pads(); p++) {
            if (problem.padMaxKw(p) > 0) {
                counts.merge(List.of(problem.padMaxKw(p), problem.padEfficiency(p), problem.padCircuit(p)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new PadClass((Double) entry.getKey().get(0), (Double) entry.getKey().get(1),
                        (Integer) entry.getKey().get(2), entry.getValue()))
                .toList();
    }

    boolean holds(IndexedProblem problem, int pad) {
        return problem.padMaxKw(pad) == maxKw && problem.padEfficiency(pad) == efficiency && problem.padCircuit(pad) == circuit;
    }
}
