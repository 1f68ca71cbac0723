package org.wptdlm.solver.cli;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.PlanningWeights;
import org.wptdlm.solver.greedy.GreedyPlanner;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.model.ChargePlan;
import org.wptdlm.solver.problem.IndexedProblem;
import org.wptdlm.solver.timefold.ChargePlanBuilder;
import org.wptdlm.solver.timefold.SolverConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark}: the Timefold benchmarker over every planning problem in a directory, comparing
 * greedy only, greedy + local search and construction heuristic + local search; HTML report under
 * {@code --out}. Every variant starts from the same pads (first come first served by priority) and
 * no powers.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Timefold benchmark report: greedy only vs greedy + local search vs construction heuristic + local search.")
public final class BenchmarkCommand implements Callable<Integer> {

    /**
     * Timefold's construction heuristic alone can outlast the time limit on the large instance; a solver
     * that never reaches local search makes the report's speed charts divide by zero, so that variant
     * gets three times the time (a head start the comparison states).
     */
    static final int CONSTRUCTION_TIME_FACTOR = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", defaultValue = "benchmark-data",
            description = "directory of planning-problem files; session-replay files there are skipped (default: ${DEFAULT-VALUE})")
    private Path dataDir;

    @Option(names = "--out", defaultValue = "target/benchmark", description = "report directory (default: ${DEFAULT-VALUE})")
    private Path outDir;

    @Option(names = "--time-limit", defaultValue = "10s", converter = DurationConverter.class,
            description = "time per solver and problem (default: ${DEFAULT-VALUE})")
    private Duration timeLimit;

    @Override
    public Integer call() throws IOException {
        CliLogging.useDefaultLevels();
        List<ChargePlan> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json") && !PlanningJson.isSessionReplay(path))
                    .sorted().toList()) {
                PlanningProblem problem = PlanningJson.readProblem(file);
                IndexedProblem indexed = IndexedProblem.of(problem);
                problems.add(ChargePlanBuilder.build(indexed, new GreedyPlanner().solve(indexed), false, null,
                        PlanningWeights.DEFAULTS));
            }
        }
        if (problems.isEmpty()) {
            spec.commandLine().getErr().println("no planning-problem files (*.json) in " + dataDir);
            return PlanCommand.INVALID_INPUT;
        }
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withBenchmarkDirectory(outDir.toFile())
                .withWarmUpSecondsSpentLimit(0L)
                .withSolverBenchmarkConfigs(
                        variant("greedy only", SolverConfigs.greedyOnly()),
                        variant("greedy then local search", SolverConfigs.greedyThenLocalSearch()),
                        variant("construction heuristic then local search",
                                SolverConfigs.constructionHeuristicThenLocalSearch(), CONSTRUCTION_TIME_FACTOR));
        File report = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems).benchmark();
        spec.commandLine().getOut().println("report: " + report);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private SolverBenchmarkConfig variant(String name, SolverConfig solverConfig) {
        return variant(name, solverConfig, 1);
    }

    private SolverBenchmarkConfig variant(String name, SolverConfig solverConfig, int timeFactor) {
        return new SolverBenchmarkConfig().withName(name).withSolverConfig(
                solverConfig.withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit.multipliedBy(timeFactor))));
    }
}
