package org.wptdlm.ingest.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.payload.ChargingRequestMessage;
import org.wptdlm.ingest.payload.HubInfoMessage;
import org.wptdlm.ingest.payload.PadInfoMessage;
import org.wptdlm.ingest.payload.PadStatusMessage;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.payload.VehicleTelemetryMessage;
import org.wptdlm.ingest.publish.AllocationEvent;

/**
 * Benchmark of the reaction time: a hub with vehicles on its pads sends charging requests one at a
 * time (apart by more than the service's debounce) and measures how long the first DLM event after
 * each takes to arrive, on the same client and clock.
 */
public final class LatencyProbe {

    /** Request-to-event latencies, ms, sorted. */
    public record Report(String hubId, double[] latenciesMillis, int timeouts) {
        public double percentile(double percent) {
            if (latenciesMillis.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percent / 100 * latenciesMillis.length) - 1;
            return latenciesMillis[Math.max(0, Math.min(latenciesMillis.length - 1, index))];
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper MAPPER = PayloadParser.mapper();

    private final BrokerLogin login;
    private final Clock clock;

    public LatencyProbe(BrokerLogin login, Clock clock) {
        this.login = login;
        this.clock = clock;
    }

    public Report run(String hubId, int pads, int requests, Duration pause) throws SimulatorException, InterruptedException {
        BlockingQueue<Long> eventArrivals = new LinkedBlockingQueue<>();
        try (SimulatorClient client = new SimulatorClient(login, 1000,
                (topic, payload) -> {
                    if (isGreedyAnswerToARequest(payload)) {
                        eventArrivals.add(System.nanoTime());
                    }
                }, () -> { })) {
            announce(client, hubId, pads);
            client.subscribe(Topic.dlmEvents(hubId));
            Thread.sleep(pause.toMillis());
            eventArrivals.clear();
            double[] latencies = new double[requests];
            int measured = 0;
            int timeouts = 0;
            for (int i = 0; i < requests; i++) {
                int pad = i % pads + 1;
                Instant now = clock.instant();
                ChargingRequestMessage request = new ChargingRequestMessage(hubId + "-r-" + i, now, vehicle(hubId, pad),
                        "pad-" + pad, 60.0 + i % 40, null, now.plus(Duration.ofHours(3)), PriorityClass.NORMAL, false);
                eventArrivals.clear();
                long sent = System.nanoTime();
                client.publishNow("iot/hubs/" + hubId + "/requests", request, false);
                Long arrived = eventArrivals.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (arrived == null) {
                    timeouts++;
                } else {
                    latencies[measured++] = (arrived - sent) / 1e6;
                }
                Thread.sleep(pause.toMillis());
            }
            double[] sorted = Arrays.copyOf(latencies, measured);
            Arrays.sort(sorted);
            return new Report(hubId, sorted, timeouts);
        }
    }

    /** Only the greedy plan answers a request at once; a Timefold improvement of an earlier one does not count. */
    private static boolean isGreedyAnswerToARequest(byte[] payload) {
        try {
            AllocationEvent event = MAPPER.readValue(payload, AllocationEvent.class);
            return "CHARGING_REQUEST".equals(event.trigger()) && "greedy".equals(event.strategy());
        } catch (IOException e) {
            return false;
        }
    }

    private void announce(SimulatorClient client, String hubId, int pads) throws InterruptedException {
        Instant now = clock.instant();
        client.publishNow("iot/hubs/" + hubId + "/info",
                new HubInfoMessage("Latency probe " + hubId, null, 52.5, 13.4, pads * 11.0 * 0.6, null, now), true);
        for (int pad = 1; pad <= pads; pad++) {
            client.publishNow("iot/hubs/" + hubId + "/nodes/pad-" + pad + "/info",
                    new PadInfoMessage(11.0, 0.92, null, now), true);
            client.publishNow("iot/vehicles/" + vehicle(hubId, pad) + "/telemetry",
                    new VehicleTelemetryMessage(now, 0L, 30.0, 60.0, 11.0, null, null), false);
            client.publishNow("iot/hubs/" + hubId + "/nodes/pad-" + pad + "/status",
                    new PadStatusMessage(now, PadStatus.OCCUPIED, vehicle(hubId, pad), null), false);
        }
    }

    private static String vehicle(String hubId, int pad) {
        return hubId + "-ev-" + pad;
    }
}
