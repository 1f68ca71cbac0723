package org.wptdlm.ingest.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts each poll of one external source ({@code dlm.signals.polls{source, outcome}}) and logs
 * failures once per change of state, so a VTN that is down for an hour writes one warning, not
 * sixty.
 */
public final class SourceOutcomes {

    private static final Logger log = LoggerFactory.getLogger(SourceOutcomes.class);

    private final String source;
    private final Counter succeeded;
    private final Counter failed;
    private volatile boolean failing;

    public SourceOutcomes(String source, MeterRegistry meters) {
        this.source = source;
        this.succeeded = counter(meters, source, "ok");
        this.failed = counter(meters, source, "error");
    }

    private static Counter counter(MeterRegistry meters, String source, String outcome) {
        return Counter.builder("dlm.signals.polls")
                .description("Polls of an external grid-signal source, by outcome")
                .tag("source", source)
                .tag("outcome", outcome)
                .register(meters);
    }

    public void succeeded(int schedules) {
        succeeded.increment();
        if (failing) {
            log.info("Signal source {} answers again ({} schedules delivered)", source, schedules);
        }
        failing = false;
    }

    public void failed(Exception cause) {
        failed.increment();
        if (!failing) {
            log.warn("Signal source {} failed, its last schedules stay until they go stale: {}", source,
                    cause.toString());
        } else {
            log.debug("Signal source {} still failing: {}", source, cause.toString());
        }
        failing = true;
    }

    public double failures() {
        return failed.count();
    }

    public double successes() {
        return succeeded.count();
    }
}
