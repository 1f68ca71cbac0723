package org.wptdlm.ingest.mqtt;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** The bounded hand-off between the MQTT callback and the ingest worker. */
@Component
public class IngestQueue {

    private final BlockingQueue<Inbound> messages;

    public IngestQueue(MqttProperties properties, MeterRegistry meters) {
        this.messages = new ArrayBlockingQueue<>(properties.queueCapacity());
        Gauge.builder("dlm.mqtt.queue.size", messages, Collection::size)
                .description("Accepted MQTT messages waiting for the ingest worker")
                .register(meters);
    }

    /** False when full: the caller rejects the message rather than wait. */
    boolean offer(Inbound message) {
        return messages.offer(message);
    }

    /** Waits up to {@code timeout} for the first message, then takes what is there, up to {@code max}. */
    public int drainTo(Collection<Inbound> batch, int max, Duration timeout) throws InterruptedException {
        Inbound first = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return 0;
        }
        batch.add(first);
        return 1 + messages.drainTo(batch, max - 1);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
