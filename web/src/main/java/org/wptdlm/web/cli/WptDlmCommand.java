package org.wptdlm.web.cli;

import java.util.Arrays;
import java.util.List;
import org.wptdlm.ingest.simulate.SimulateCommand;
import org.wptdlm.solver.cli.BenchmarkCommand;
import org.wptdlm.solver.cli.GenerateCommand;
import org.wptdlm.solver.cli.PlanCommand;
import org.wptdlm.solver.cli.ReplayCommand;
import org.wptdlm.web.seed.SeedCommand;
import org.wptdlm.web.system.security.HashPasswordCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The command line of the executable jar: each subcommand is a tool that runs and exits. */
@Command(
        name = "wpt-dlm",
        mixinStandardHelpOptions = true,
        version = "wpt-dlm 0.1.0",
        description = "Dynamic load management for EV charging hubs. Without a subcommand: run the service.",
        subcommands = {CommandLine.HelpCommand.class})
public final class WptDlmCommand {

    /** The tools, in the order `--help` lists them. */
    static List<Object> tools() {
        return List.of(new PlanCommand(), new ReplayCommand(), new BenchmarkCommand(), new GenerateCommand(),
                new SeedCommand(), new SimulateCommand(), new HashPasswordCommand());
    }

    public static boolean isSubcommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        CommandLine commandLine = commandLine();
        String first = args[0];
        return commandLine.getSubcommands().containsKey(first)
                || Arrays.asList("-h", "--help", "-V", "--version").contains(first);
    }

    public static int execute(String[] args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new WptDlmCommand());
        tools().forEach(commandLine::addSubcommand);
        return commandLine;
    }
}
