package org.wptdlm.web.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wptdlm.web.WptDlmApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code seed [--reset]}: fills the service's database with a demo, using the service's own
 * configuration (so, without a datasource, the embedded PostgreSQL in {@code ./data}) but no web server.
 */
@Command(
        name = "seed",
        mixinStandardHelpOptions = true,
        description = {
            "Fill the database with a demo: 5 hubs in 5 cities (90-400 kW grid limits), 48 pads of 3.7/7.4/11/22 kW,"
                    + " 30 vehicles (normal, fleet, emergency) and 14 open charging requests.",
            "Uses the service's configuration: SPRING_DATASOURCE_URL etc., or the embedded PostgreSQL in ./data"
                    + " (stop a service running on it first). Spring options may follow, e.g."
                    + " --spring.datasource.url=jdbc:postgresql://localhost:5432/dlm"})
public final class SeedCommand implements Callable<Integer> {

    @Option(names = "--reset", description = "Delete all hubs, vehicles, requests, telemetry, plans and DLM events first.")
    boolean reset;

    @Option(names = "--seed", description = "Random seed of the demo (default: ${DEFAULT-VALUE}).")
    long randomSeed = DemoData.DEFAULT_SEED;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WptDlmApplication.class)
                .web(WebApplicationType.NONE)
                .run(springArguments.toArray(String[]::new))) {
            SeedReport report = context.getBean(DemoSeeder.class).seed(randomSeed, reset);
            spec.commandLine().getOut().println(report);
            return 0;
        }
    }
}
