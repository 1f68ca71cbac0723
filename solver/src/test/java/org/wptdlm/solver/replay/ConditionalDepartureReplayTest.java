package org.wptdlm.solver.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wptdlm.solver.departure.DepartureModel;
import org.wptdlm.solver.io.PlanningJson;

/**
 * What the conditional departure estimate adds on a synthetic file whose errors grow with the stated
 * stay ({@link StayProportionalErrors}): dlm with the model that may condition delivers more than dlm
 * with the unconditional model alone (+0.26 and +0.20 point at 20 and 30 kW when written). Writes the file to {@code target/} for the command line
 * (docs/BENCHMARKS.md).
 */
class ConditionalDepartureReplayTest {

    private static final Path DATA = Path.of("..", "benchmark-data");
    static final Path SYNTHETIC = Path.of("target", "acn-caltech-2019-03-stay-proportional.json");
    private static final List<Double> CAPACITIES_KW = List.of(20.0, 30.0);

    @Test
    void conditioningOnTheStatedStayDeliversMoreWhereErrorsDependOnIt() throws Exception {
        Files.createDirectories(SYNTHETIC.getParent());
        PlanningJson.write(SYNTHETIC, StayProportionalErrors.of(PlanningJson.readReplay(DATA.resolve("acn-caltech-2019-03.json"))));
        ReplayInstance instance = ReplayInstance.of(PlanningJson.readReplay(SYNTHETIC));

        for (double capacityKw : CAPACITIES_KW) {
            double unconditional = dlm(instance, capacityKw, false);
            double conditional = dlm(instance, capacityKw, true);
            assertThat(conditional).as("dlm at %.0f kW", capacityKw).isGreaterThan(unconditional + 0.1);
        }
    }

    private static double dlm(ReplayInstance instance, double capacityKw, boolean mayCondition) {
        DepartureModel model = new DepartureModel(DepartureModel.DEFAULT_QUANTILE, DepartureModel.DEFAULT_WINDOW, mayCondition);
        return Replayer.run(instance, PlannerStrategy.greedy(instance.slotMinutes(), null, model), capacityKw, null,
                ReplayOptions.NONE).deliveredPercent();
    }
}
