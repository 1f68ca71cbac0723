package org.wptdlm.solver.bound;

import java.nio.file.Path;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.io.PlanningJson;

public class GreedyQualityExperiment {
    public static void main(String[] args) {
        Planner planner = new Planner();
        for (String name : args) {
            PlanningProblem problem = PlanningJson.readProblem(Path.of("benchmark-data/" + name + ".json"));
            Plan plan = null;
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                plan = planner.greedy(problem);
                best = Math.min(best, System.nanoTime() - t0);
            }
            if (System.getProperty("improve") != null) {
                long t0 = System.nanoTime();
                Plan improved = planner.improve(problem, null, java.time.Duration.ofSeconds(Long.parseLong(System.getProperty("improve"))));
                System.out.printf("%s improve weighted %.3f in %.1f s%n", name, improved.kpis().weightedEnergyDeliveredKwh(), (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("%s weighted %.3f served %d best %.2f ms%n", name, plan.kpis().weightedEnergyDeliveredKwh(),
                    plan.kpis().sessionsServed(), best / 1e6);
        }
    }
}
