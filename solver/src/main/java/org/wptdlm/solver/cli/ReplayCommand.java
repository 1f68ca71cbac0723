package org.wptdlm.solver.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.replay.ReplayInstance;
import org.wptdlm.solver.replay.ReplayResult;
import org.wptdlm.solver.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code replay}: replays a session-replay file per capacity and strategy; prints energy share and peak. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a session-replay file through the online re-planning loop at each capacity.")
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--sessions", required = true, description = "session-replay JSON file")
    private Path sessionsFile;

    @Option(names = "--capacity-kw", required = true, split = ",", description = "aggregate limits in kW, e.g. 10,20,30")
    private List<Double> capacitiesKw;

    @Option(names = "--pads", description = "number of pads (default: one per vehicle present)")
    private Integer pads;

    @Option(names = "--strategy", split = ",", defaultValue = "dlm,llf,edf,fcfs,round-robin,optimal",
            description = "strategies: dlm (ours), llf, edf, fcfs, round-robin, optimal (default: ${DEFAULT-VALUE})")
    private List<String> strategies;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String strategy : strategies) {
            if (!Replayer.STRATEGIES.contains(strategy)) {
                err.println("--strategy " + strategy + " is not one of " + Replayer.STRATEGIES);
                return PlanCommand.INVALID_INPUT;
            }
        }
        ReplayInstance instance;
        try {
            instance = ReplayInstance.of(PlanningJson.readReplay(sessionsFile));
        } catch (IllegalArgumentException e) {
            err.println("invalid session-replay file " + sessionsFile + ": " + e.getMessage());
            return PlanCommand.INVALID_INPUT;
        }
        out.printf("%d sessions, %.1f kWh requested, %d slots of %d min%n", instance.visits().size(),
                instance.requestedKwh(), instance.slots(), instance.slotMinutes());
        out.printf("%-12s %12s %12s %10s %18s%n", "strategy", "capacity kW", "energy %", "peak kW", "changes/session-h");
        for (double capacityKw : capacitiesKw) {
            for (String strategy : strategies) {
                ReplayResult result = Replayer.run(instance, strategy, capacityKw, pads);
                out.printf("%-12s %12.1f %12.2f %10.2f %18.2f%n", result.strategy(), capacityKw, result.deliveredPercent(),
                        result.peakKw(), result.setpointChangesPerSessionHour());
                out.flush();
            }
        }
        return 0;
    }
}
