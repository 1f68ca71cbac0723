package org.wptdlm.solver.bound;

import java.nio.file.Path;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.problem.IndexedProblem;

public class BoundExperiment {
    public static void main(String[] args) {
        IndexedProblem p = IndexedProblem.of(PlanningJson.readProblem(Path.of("benchmark-data/" + args[0] + ".json")));
        double known = Double.parseDouble(args[1]);
        long t0 = System.nanoTime();
        double b = new LagrangianBound(p).bound(known);
        System.out.printf("interval %.3f%n", IntervalBound.weightedEnergyKwh(p));
        System.out.printf("%s lagrangian %.3f in %.2f s%n", args[0], b, (System.nanoTime() - t0) / 1e9);
    }
}
