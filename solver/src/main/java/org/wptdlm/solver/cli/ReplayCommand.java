package org.wptdlm.solver.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.wptdlm.domain.planning.SessionReplay;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.replay.ReplayInstance;
import org.wptdlm.solver.replay.ReplayOptions;
import org.wptdlm.solver.replay.ReplayResult;
import org.wptdlm.solver.replay.ReplayTariff;
import org.wptdlm.solver.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code replay}: replays a session-replay file per capacity and strategy; prints energy share and peak,
 * and with a tariff the cost and CO₂ of the energy delivered.
 */
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
            description = "strategies: dlm (ours, greedy every slot), dlm-timefold (ours, Timefold on every change and"
                    + " hourly), llf, edf, fcfs, round-robin, optimal (default: ${DEFAULT-VALUE})")
    private List<String> strategies;

    @Option(names = "--tariff", description = "time-of-use price/carbon file: reports cost and CO2, and our planner"
            + " plans with it unless --price-blind")
    private Path tariffFile;

    @Option(names = "--price-blind", description = "with --tariff: report cost and CO2, but plan without prices")
    private boolean priceBlind;

    @Option(names = "--improve-budget", defaultValue = "100ms", converter = DurationConverter.class,
            description = "Timefold time per re-plan of dlm-timefold (default: ${DEFAULT-VALUE})")
    private Duration improveBudget;

    @Override
    public Integer call() {
        CliLogging.useDefaultLevels();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String strategy : strategies) {
            if (!Replayer.STRATEGIES.contains(strategy)) {
                err.println("--strategy " + strategy + " is not one of " + Replayer.STRATEGIES);
                return PlanCommand.INVALID_INPUT;
            }
        }
        SessionReplay replay;
        ReplayInstance instance;
        try {
            replay = PlanningJson.readReplay(sessionsFile);
            instance = ReplayInstance.of(replay);
        } catch (IllegalArgumentException e) {
            err.println("invalid session-replay file " + sessionsFile + ": " + e.getMessage());
            return PlanCommand.INVALID_INPUT;
        }
        ReplayTariff tariff = null;
        if (tariffFile != null) {
            try {
                tariff = new ReplayTariff(PlanningJson.readTariff(tariffFile), replay.start(), replay.slotMinutes());
            } catch (IllegalArgumentException e) {
                err.println("invalid tariff file " + tariffFile + ": " + e.getMessage());
                return PlanCommand.INVALID_INPUT;
            }
        }
        ReplayOptions options = new ReplayOptions(tariff, !priceBlind, improveBudget);
        out.printf("%d sessions, %.1f kWh requested, %d slots of %d min%s%n", instance.visits().size(),
                instance.requestedKwh(), instance.slots(), instance.slotMinutes(), tariff == null ? ""
                        : ", tariff " + tariffFile.getFileName() + (priceBlind ? " (planner blind to it)" : ""));
        out.printf("%-12s %12s %12s %10s %18s %10s %10s %10s %10s%n", "strategy", "capacity kW", "energy %", "peak kW",
                "changes/session-h", "cost", "per kWh", "CO2 kg", "g/kWh");
        for (double capacityKw : capacitiesKw) {
            for (String strategy : strategies) {
                ReplayResult result = Replayer.run(instance, strategy, capacityKw, pads, options);
                out.printf("%-12s %12.1f %12.2f %10.2f %18.2f %10.2f %10.4f %10.1f %10.1f%n", result.strategy(), capacityKw,
                        result.deliveredPercent(), result.peakKw(), result.setpointChangesPerSessionHour(), result.cost(),
                        result.costPerKwh(), result.carbonKg(), result.carbonGPerKwh());
                out.flush();
            }
        }
        return 0;
    }
}
