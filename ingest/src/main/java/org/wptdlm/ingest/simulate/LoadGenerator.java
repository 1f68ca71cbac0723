package org.wptdlm.ingest.simulate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.wptdlm.ingest.payload.HubInfoMessage;
import org.wptdlm.ingest.payload.PadInfoMessage;
import org.wptdlm.ingest.payload.PadTelemetryMessage;

/**
 * Benchmark load: one hub with {@code pads} pads, then pad telemetry at a fixed rate (QoS 1, a
 * sequence number per pad) for a duration. Every message is distinct, so the service must store
 * exactly {@code sent} rows: a count in the database shows losses and duplicates.
 */
public final class LoadGenerator {

    /** What was sent and what the broker acknowledged (PUBACK). */
    public record Report(String hubId, long sent, long acknowledged, Duration elapsed) {
        public double ratePerSecond() {
            return sent / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    private final BrokerLogin login;
    private final Clock clock;

    public LoadGenerator(BrokerLogin login, Clock clock) {
        this.login = login;
        this.clock = clock;
    }

    public Report run(String hubId, int pads, int ratePerSecond, Duration duration)
            throws SimulatorException, InterruptedException {
        AtomicLong acknowledged = new AtomicLong();
        try (SimulatorClient client = new SimulatorClient(login, 65_000, (topic, payload) -> { },
                acknowledged::incrementAndGet)) {
            announce(client, hubId, pads);
            long baseline = acknowledged.get();
            long sent = 0;
            long[] seqByPad = new long[pads];
            double energyKwh = 0;
            long startNanos = System.nanoTime();
            long endNanos = startNanos + duration.toNanos();
            long intervalNanos = 1_000_000_000L / ratePerSecond;
            while (System.nanoTime() < endNanos) {
                long dueNanos = startNanos + sent * intervalNanos;
                long waitNanos = dueNanos - System.nanoTime();
                if (waitNanos > 0) {
                    LockSupport.parkNanos(waitNanos);
                }
                int pad = (int) (sent % pads);
                energyKwh += 0.001;
                PadTelemetryMessage reading = new PadTelemetryMessage(clock.instant(), seqByPad[pad]++, 7.2,
                        energyKwh, 95.0, true, null);
                client.publishNow("iot/hubs/" + hubId + "/nodes/pad-" + (pad + 1) + "/telemetry", reading, false);
                sent++;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            client.awaitAnswers(Duration.ofSeconds(30));
            return new Report(hubId, sent, acknowledged.get() - baseline, elapsed);
        }
    }

    private void announce(SimulatorClient client, String hubId, int pads) throws InterruptedException {
        Instant now = clock.instant();
        client.publishNow("iot/hubs/" + hubId + "/info",
                new HubInfoMessage("Load test " + hubId, null, 52.5, 13.4, 1000.0, null, now), true);
        for (int pad = 1; pad <= pads; pad++) {
            client.publishNow("iot/hubs/" + hubId + "/nodes/pad-" + pad + "/info",
                    new PadInfoMessage(11.0, 0.92, null, now), true);
        }
        // The service must know the pads before their telemetry arrives.
        Thread.sleep(2000);
    }
}
