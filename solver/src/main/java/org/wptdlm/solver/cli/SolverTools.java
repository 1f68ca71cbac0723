package org.wptdlm.solver.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The solver's tools without the service around them, for running from the solver module alone
 * (the executable jar registers the same commands under {@code wpt-dlm}).
 */
@Command(name = "solver-tools", mixinStandardHelpOptions = true, description = "Planning engine tools.",
        subcommands = {PlanCommand.class, ReplayCommand.class, BenchmarkCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class SolverTools {

    public static void main(String[] args) {
        System.exit(new CommandLine(new SolverTools()).execute(args));
    }
}
