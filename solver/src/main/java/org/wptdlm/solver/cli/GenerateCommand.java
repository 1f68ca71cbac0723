package org.wptdlm.solver.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wptdlm.solver.generator.InstanceSize;
import org.wptdlm.solver.generator.SyntheticProblemGenerator;
import org.wptdlm.solver.io.PlanningJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: writes the deterministic synthetic benchmark instances (small, medium, large, varying-limit, live). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write the synthetic planning problems small, medium, large, varying-limit and live (.json, fixed seed).")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out-dir", defaultValue = "benchmark-data", description = "directory (default: ${DEFAULT-VALUE})")
    private Path outDir;

    @Option(names = "--seed", defaultValue = "" + SyntheticProblemGenerator.SEED, description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Override
    public Integer call() throws Exception {
        CliLogging.useDefaultLevels();
        Files.createDirectories(outDir);
        for (InstanceSize size : List.of(InstanceSize.SMALL, InstanceSize.MEDIUM, InstanceSize.LARGE,
                InstanceSize.VARYING_LIMIT, InstanceSize.LIVE)) {
            Path file = outDir.resolve(size.name() + ".json");
            PlanningJson.write(file, new SyntheticProblemGenerator(seed).generate(size));
            spec.commandLine().getOut().println("wrote " + file);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
