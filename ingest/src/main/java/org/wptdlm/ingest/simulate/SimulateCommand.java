package org.wptdlm.ingest.simulate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wptdlm.ingest.broker.BrokerAccounts;
import org.wptdlm.solver.cli.DurationConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simulate}: a fleet of hubs, pads and vehicles on a broker that follows the service's
 * allocations; with {@code --load}, a telemetry load generator for benchmarks.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Simulates hub controllers and vehicles over MQTT: hubs and pads announce themselves, vehicles arrive",
            "with a SoC and a departure time, ask for charging and charge with the power the service allocates.",
            "With --load: publishes pad telemetry at --rate messages/s (QoS 1) and reports sent/acknowledged."})
public final class SimulateCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(SimulateCommand.class);

    @Option(names = "--url", defaultValue = "tcp://127.0.0.1:1884",
            description = "broker URL (default: ${DEFAULT-VALUE}, the embedded broker)")
    String url;

    @Option(names = "--username", description = "broker user name")
    String username;

    @Option(names = "--password", description = "broker password", interactive = false)
    String password;

    @Option(names = "--accounts", description = "fleet: a broker accounts file (username=ROLE password, as the embedded"
            + " broker keeps in data/mqtt/accounts.properties): each hub logs in as its hub id, the vehicles as the"
            + " file's VEHICLE_GATEWAY account; without it everything uses --username")
    Path accounts;

    @Option(names = "--hubs", defaultValue = "2", description = "hubs to simulate (default: ${DEFAULT-VALUE})")
    int hubs;

    @Option(names = "--pads", defaultValue = "6", description = "pads per hub (default: ${DEFAULT-VALUE})")
    int pads;

    @Option(names = "--rate", defaultValue = "1",
            description = "fleet: readings per second per pad; --load: messages per second in total (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--duration", defaultValue = "PT10M", converter = DurationConverter.class,
            description = "how long to run, e.g. 60s, 10m, PT1H (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--arrivals-per-hour", defaultValue = "6", description = "vehicle arrivals per hub and simulated hour")
    double arrivalsPerHour;

    @Option(names = "--speed", defaultValue = "60", description = "simulated time per real time (default: ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--prefix", defaultValue = "sim", description = "prefix of hub and vehicle ids (default: ${DEFAULT-VALUE})")
    String prefix;

    @Option(names = "--vehicles-at-start", defaultValue = "0",
            description = "vehicles per hub already parked at the start (default: ${DEFAULT-VALUE})")
    int vehiclesAtStart;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--load", description = "run the telemetry load generator instead of the fleet")
    boolean load;

    @Option(names = "--latency", description = "measure charging request -> first DLM event latency instead")
    boolean latency;

    @Option(names = "--requests", defaultValue = "200",
            description = "--latency: requests to send (default: ${DEFAULT-VALUE})")
    int requests;

    @Override
    public Integer call() throws Exception {
        if (latency) {
            return runLatency();
        }
        return load ? runLoad() : runFleet();
    }

    private BrokerLogin login() {
        return new BrokerLogin(url, username, password);
    }

    private int runLatency() throws Exception {
        String hubId = prefix + "-latency-" + Long.toHexString(System.currentTimeMillis());
        LatencyProbe.Report report = new LatencyProbe(login(), Clock.systemUTC())
                .run(hubId, pads, requests, Duration.ofMillis(400));
        System.out.printf("hub %s: %d requests answered, %d without an event within 5 s; "
                        + "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                report.hubId(), report.latenciesMillis().length, report.timeouts(), report.percentile(50),
                report.percentile(95), report.percentile(99), report.percentile(100));
        return report.timeouts() == 0 ? 0 : 1;
    }

    private int runLoad() throws Exception {
        String hubId = prefix + "-load-" + Long.toHexString(System.currentTimeMillis());
        LoadGenerator.Report report = new LoadGenerator(login(), Clock.systemUTC())
                .run(hubId, pads, rate, duration);
        System.out.printf("hub %s: sent %d, acknowledged %d in %.1f s (%.0f msg/s)%n", report.hubId(), report.sent(),
                report.acknowledged(), report.elapsed().toMillis() / 1000.0, report.ratePerSecond());
        return report.acknowledged() == report.sent() ? 0 : 1;
    }

    private int runFleet() throws Exception {
        FleetSimulator.Settings settings = new FleetSimulator.Settings(prefix, hubs, pads, arrivalsPerHour, speed, seed,
                vehiclesAtStart, RunTag.now(Clock.systemUTC()));
        FleetLogins logins = accounts == null
                ? FleetLogins.shared(login())
                : FleetLogins.fromAccounts(url, BrokerAccounts.read(accounts));
        try (FleetSimulator fleet = new FleetSimulator(settings, logins, Clock.systemUTC())) {
            fleet.announce();
            Duration tick = Duration.ofMillis(Math.max(10, 1000 / Math.max(1, rate)));
            long end = System.nanoTime() + duration.toNanos();
            long nextSummary = System.nanoTime();
            while (System.nanoTime() < end) {
                fleet.step(tick);
                if (System.nanoTime() >= nextSummary) {
                    log.info("{}", fleet.summary());
                    nextSummary += Duration.ofSeconds(10).toNanos();
                }
                Thread.sleep(tick.toMillis());
            }
            System.out.println(fleet.summary());
            return fleet.limitBreaches() == 0 ? 0 : 1;
        }
    }
}
