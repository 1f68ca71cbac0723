package org.wptdlm.web.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.wptdlm.web.ApiClient;
import org.wptdlm.web.ApiIntegrationTest;
import picocli.CommandLine;

/**
 * {@code seed --reset} through the command line, in its own Spring context without a web server, on
 * the same database as the running test service, which then serves the demo; seeding again keeps it.
 */
@ApiIntegrationTest
class SeedCommandIntegrationTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ObjectMapper json;

    @Autowired
    DemoSeeder seeder;

    @Test
    void seedResetFillsTheDatabaseAndSeedingAgainKeepsIt() {
        String output = seed("--reset");
        SeedReport again = seeder.seed(DemoData.DEFAULT_SEED, false);

        assertThat(output).contains("Seeded 5 hubs, 12 circuits, 48 pads, 30 vehicles and 14 charging requests.");
        assertThat(again).isEqualTo(new SeedReport(0, 0, 0, 0, 0, 49));
        ApiClient operator = new ApiClient(anonymous, json, "operator");
        assertThat(operator.getJson("/api/hubs").get("totalItems").asInt()).isEqualTo(5);
        assertThat(operator.getJson("/api/hubs/hub-003/nodes").get("totalItems").asInt()).isEqualTo(16);
        assertThat(operator.getJson("/api/charging-requests?status=PENDING").get("totalItems").asInt()
                + operator.getJson("/api/charging-requests?status=ACTIVE").get("totalItems").asInt()).isEqualTo(14);
    }

    private static String seed(String... options) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new SeedCommand());
        command.setOut(new PrintWriter(out, true));
        String[] springArguments = {
            "--dlm.embedded.data-directory=target/it-data",
            "--dlm.embedded.postgres-port=0",
            "--dlm.embedded.mqtt-port=0"};
        String[] arguments = new String[options.length + springArguments.length];
        System.arraycopy(options, 0, arguments, 0, options.length);
        System.arraycopy(springArguments, 0, arguments, options.length, springArguments.length);

        assertThat(command.execute(arguments)).isZero();
        return out.toString();
    }
}
