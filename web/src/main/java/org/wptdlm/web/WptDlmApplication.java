package org.wptdlm.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.integration.IntegrationAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.wptdlm.web.cli.WptDlmCommand;

/**
 * The one executable of the service. Without a subcommand (or with {@code serve}) it runs the
 * service; {@code plan}, {@code replay}, {@code benchmark}, {@code seed}, … are command-line tools
 * that start no web server (see {@link WptDlmCommand}).
 *
 * <p>Spring Integration is on the class path only for its JDBC lock registry (hub leases,
 * docs/scaling.md): its messaging infrastructure (error channel, task scheduler) is not wanted.
 */
@SpringBootApplication(scanBasePackages = "org.wptdlm", exclude = IntegrationAutoConfiguration.class)
@EnableScheduling
public class WptDlmApplication {

    public static void main(String[] args) {
        if (WptDlmCommand.isSubcommand(args)) {
            System.exit(WptDlmCommand.execute(args));
        }
        try {
            SpringApplication.run(WptDlmApplication.class, args);
        } catch (RuntimeException startFailed) {
            // Spring has logged why. The embedded broker and database started before the context
            // run threads of their own that would keep this JVM, and their ports, alive: exit, so
            // their shutdown hooks stop them.
            System.exit(1);
        }
    }
}
