package org.wptdlm.web.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.wptdlm.domain.benchmark.BenchmarkKind;
import org.wptdlm.domain.benchmark.BenchmarkPoint;
import org.wptdlm.domain.benchmark.BenchmarkRun;

/**
 * A stored benchmark run as two line charts, one line per strategy over the sweep: energy delivered (%)
 * with the optimum (replays: the {@code optimal} strategy; synthetic: the LP bound, 100 %) as a dashed
 * reference, and peak kW with the capacity as the reference.
 */
final class BenchmarkCharts {

    /** One line of a chart; a reference line is drawn dashed. */
    record Line(String name, List<Double> values, boolean reference) {}

    /** Chart data for the page's script: x labels, y-axis name, lines. */
    record Chart(List<String> labels, String yName, List<Line> lines) {}

    private BenchmarkCharts() {
    }

    static Chart energy(BenchmarkRun run) {
        List<String> labels = labels(run);
        List<Line> lines = new ArrayList<>();
        byStrategy(run).forEach((strategy, points) -> lines.add(new Line(strategy,
                values(labels, points, BenchmarkPoint::energyPercent), "optimal".equals(strategy))));
        if (run.parameters().kind() == BenchmarkKind.SYNTHETIC) {
            lines.add(new Line("LP upper bound", labels.stream().map(label -> 100.0).toList(), true));
        }
        String yName = run.parameters().kind() == BenchmarkKind.REPLAY ? "% of requested energy" : "% of LP bound";
        return new Chart(labels, yName, lines);
    }

    static Chart peak(BenchmarkRun run) {
        List<String> labels = labels(run);
        List<Line> lines = new ArrayList<>();
        byStrategy(run).forEach((strategy, points) -> lines.add(new Line(strategy,
                values(labels, points, BenchmarkPoint::peakKw), "optimal".equals(strategy))));
        if (run.parameters().kind() == BenchmarkKind.REPLAY) {
            lines.add(new Line("capacity", labels.stream().map(label -> capacityOf(run, label)).toList(), true));
        }
        return new Chart(labels, "peak kW", lines);
    }

    private static Double capacityOf(BenchmarkRun run, String label) {
        return run.points().stream().filter(point -> point.label().equals(label)).map(BenchmarkPoint::capacityKw)
                .findFirst().orElse(null);
    }

    private static List<String> labels(BenchmarkRun run) {
        return List.copyOf(new LinkedHashSet<>(run.points().stream().map(BenchmarkPoint::label).toList()));
    }

    private static Map<String, List<BenchmarkPoint>> byStrategy(BenchmarkRun run) {
        Map<String, List<BenchmarkPoint>> byStrategy = new LinkedHashMap<>();
        run.points().forEach(point -> byStrategy.computeIfAbsent(point.strategy(), strategy -> new ArrayList<>()).add(point));
        return byStrategy;
    }

    private static List<Double> values(List<String> labels, List<BenchmarkPoint> points,
            java.util.function.ToDoubleFunction<BenchmarkPoint> value) {
        return labels.stream().map(label -> points.stream().filter(point -> point.label().equals(label)).findFirst()
                .map(point -> Math.round(value.applyAsDouble(point) * 100) / 100.0).orElse(null)).toList();
    }
}
