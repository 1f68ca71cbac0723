package org.wptdlm.solver.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wptdlm.domain.planning.InvalidProblemException;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.Planner;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.kpi.PlanChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plan}: solves a planning-problem file, writes the plan file and prints its KPIs. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Solve a planning-problem file and write a plan file; prints KPIs, the LP bound and the gap.")
public final class PlanCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(PlanCommand.class);

    static final int INVALID_INPUT = 2;
    private static final int BOUND_FINISH_SHARE = 10;

    @Spec
    private CommandSpec spec;

    @Option(names = "--problem", required = true, description = "planning-problem JSON file")
    private Path problemFile;

    @Option(names = "--out", required = true, description = "plan JSON file to write")
    private Path outFile;

    @Option(names = "--strategy", defaultValue = "timefold", description = "greedy or timefold (default: ${DEFAULT-VALUE})")
    private String strategy;

    @Option(names = "--time-limit", defaultValue = "10s", converter = DurationConverter.class,
            description = "time limit for the whole solve incl. the bound, e.g. 500ms, 10s (default: ${DEFAULT-VALUE})")
    private Duration timeLimit;

    @Override
    public Integer call() {
        CliLogging.useDefaultLevels();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Planner.GREEDY.equals(strategy) && !Planner.TIMEFOLD.equals(strategy)) {
            err.println("--strategy must be greedy or timefold, was '" + strategy + "'");
            return INVALID_INPUT;
        }
        PlanningProblem problem;
        try {
            problem = PlanningJson.readProblem(problemFile);
        } catch (InvalidProblemException e) {
            e.violations().forEach(violation -> err.println("invalid problem " + problemFile + ": " + violation));
            return INVALID_INPUT;
        }
        // The time limit covers everything between reading the problem and writing the plan: compiling
        // the constraints, the search and the bound (seconds on the large instance), which runs beside
        // the search and stops at the limit too.
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();
        Planner planner = new Planner();
        // The bound's steps stop a tenth of the limit early, as the search does: the KPIs come after both.
        long boundDeadline = deadline - timeLimit.toNanos() / BOUND_FINISH_SHARE;
        CompletableFuture<Double> bound = CompletableFuture.supplyAsync(() -> planner.upperBound(problem, boundDeadline));
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        Plan plan = Planner.GREEDY.equals(strategy) ? planner.greedy(problem) : planner.improve(problem, null, left);
        plan = plan.withKpis(plan.kpis().withBound(bound.join()));
        log.info("Planned in {} ms of a {} ms limit", (System.nanoTime() - started) / 1_000_000, timeLimit.toMillis());
        PlanningJson.write(outFile, plan);
        KpiReport.print(out, plan);
        var violations = PlanChecker.violationsOf(problem, plan);
        violations.forEach(violation -> err.println("limit broken: " + violation));
        return violations.isEmpty() ? 0 : 1;
    }
}
