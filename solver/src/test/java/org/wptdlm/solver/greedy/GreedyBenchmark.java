package org.wptdlm.solver.greedy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.problem.Allocation;
import org.wptdlm.solver.problem.IndexedProblem;

/**
 * JMH: the greedy on a benchmark instance, sampled so that percentiles (p99) are reported. Not a
 * test; run by hand as in docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GreedyBenchmark {

    @Param("benchmark-data/medium.json")
    public String problemFile;

    private IndexedProblem problem;
    private final GreedyPlanner greedy = new GreedyPlanner();

    @Setup
    public void load() {
        problem = IndexedProblem.of(PlanningJson.readProblem(Path.of(problemFile)));
    }

    @Benchmark
    public Allocation greedyPlan() {
        return greedy.solve(problem);
    }
}
