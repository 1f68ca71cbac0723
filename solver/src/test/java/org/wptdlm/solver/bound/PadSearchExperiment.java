package org.wptdlm.solver.bound;

import java.nio.file.Path;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.greedy.PadSearch;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

public class PadSearchExperiment {
    public static void main(String[] args) {
        for (String name : args) {
            IndexedProblem p = IndexedProblem.of(PlanningJson.readProblem(Path.of("benchmark-data/" + name + ".json")));
            Allocation g = new GreedyPlanner().solve(p);
            long t0 = System.nanoTime();
            Allocation a = new PadSearch().improve(p, g, t0 + Long.parseLong(System.getProperty("seconds", "60")) * 1_000_000_000L);
            System.out.printf("%s greedy %.3f pad search %.3f in %.2f s%n", name, w(p, g), w(p, a), (System.nanoTime() - t0) / 1e9);
        }
    }

    static double w(IndexedProblem p, Allocation a) {
        double sum = 0;
        for (int s = 0; s < p.sessions(); s++) sum += p.weight(s) * a.deliveredKwh(s, p.slotHours());
        return sum;
    }
}
