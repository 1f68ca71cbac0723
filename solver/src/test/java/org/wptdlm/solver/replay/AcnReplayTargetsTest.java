package org.wptdlm.solver.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.solver.io.PlanningJson;

/**
 * The ACN March 2019 replay targets of docs/BENCHMARKS.md, on the bundled files, at every capacity of
 * the benchmark (a few seconds per file): with perfect estimates our planner stays within half a point
 * of the perfect-foresight optimum; with real-style estimates it is never worse than least laxity first
 * by more than a tenth of a point and beats it where capacity is contended but not starved.
 */
class AcnReplayTargetsTest {

    private static final Path DATA = Path.of("..", "benchmark-data");
    private static final List<Double> CAPACITIES_KW = List.of(10.0, 20.0, 30.0, 40.0, 60.0, 100.0, 150.0);

    private static ReplayInstance load(String file) {
        return ReplayInstance.of(PlanningJson.readReplay(DATA.resolve(file)));
    }

    @Test
    void withPerfectEstimatesStaysWithinHalfAPointOfTheOptimum() {
        ReplayInstance instance = load("acn-caltech-2019-03.json");

        for (double capacityKw : CAPACITIES_KW) {
            double optimal = Replayer.run(instance, "optimal", capacityKw, null).deliveredPercent();
            double dlm = Replayer.run(instance, "dlm", capacityKw, null).deliveredPercent();

            assertThat(dlm).as("dlm at %.0f kW", capacityKw).isGreaterThanOrEqualTo(optimal - 0.5);
        }
    }

    @Test
    void withRealStyleEstimatesKeepsUpWithLeastLaxityFirstAndBeatsItUnderContention() {
        ReplayInstance instance = load("acn-caltech-2019-03-user-estimates.json");

        for (double capacityKw : CAPACITIES_KW) {
            double llf = Replayer.run(instance, "llf", capacityKw, null).deliveredPercent();
            double dlm = Replayer.run(instance, "dlm", capacityKw, null).deliveredPercent();

            assertThat(dlm).as("dlm at %.0f kW", capacityKw).isGreaterThanOrEqualTo(llf - 0.1);
            if (capacityKw == 20 || capacityKw == 30) {
                assertThat(dlm).as("dlm at %.0f kW", capacityKw).isGreaterThan(llf + 0.2);
            }
        }
    }
}
