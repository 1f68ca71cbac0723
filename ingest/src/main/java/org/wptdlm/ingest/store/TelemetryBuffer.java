package org.wptdlm.ingest.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.wptdlm.db.telemetry.NodeTelemetryRepository;
import org.wptdlm.db.telemetry.VehicleTelemetryRepository;
import org.wptdlm.domain.telemetry.NodeTelemetry;
import org.wptdlm.domain.telemetry.VehicleTelemetry;
import org.wptdlm.ingest.model.IngestWorker;
import org.wptdlm.ingest.model.TelemetrySink;
import org.wptdlm.ingest.payload.NodeTelemetryMessage;
import org.wptdlm.ingest.payload.PayloadRejectedException;
import org.wptdlm.ingest.payload.VehicleTelemetryMessage;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * Accepted telemetry on its way to PostgreSQL: buffered, written in batches by its own thread at
 * the flush interval (continuously under load), kept and retried while the database is away. A
 * reading already stored (a redelivery after a restart) is skipped by the tables' keys. Stops
 * after the ingest worker and writes what is left.
 */
@Component
class TelemetryBuffer implements TelemetrySink, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelemetryBuffer.class);

    private final VehicleTelemetryRepository vehicleReadings;
    private final NodeTelemetryRepository nodeReadings;
    private final IngestSettings settings;
    private final BlockingQueue<VehicleTelemetry> vehicles;
    private final BlockingQueue<NodeTelemetry> nodes;
    private final List<VehicleTelemetry> vehicleRetry = new ArrayList<>();
    private final List<NodeTelemetry> nodeRetry = new ArrayList<>();
    private final Counter written;
    private final Counter alreadyStored;
    private final Counter dropped;
    private ScheduledExecutorService writer;
    private volatile boolean running;

    TelemetryBuffer(VehicleTelemetryRepository vehicleReadings, NodeTelemetryRepository nodeReadings,
            IngestSettings settings, MeterRegistry meters) {
        this.vehicleReadings = vehicleReadings;
        this.nodeReadings = nodeReadings;
        this.settings = settings;
        this.vehicles = new ArrayBlockingQueue<>(settings.bufferCapacity());
        this.nodes = new ArrayBlockingQueue<>(settings.bufferCapacity());
        this.written = Counter.builder("dlm.telemetry.written").description("Telemetry rows inserted").register(meters);
        this.alreadyStored = Counter.builder("dlm.telemetry.already.stored")
                .description("Telemetry readings skipped because the database already had them")
                .register(meters);
        this.dropped = Counter.builder("dlm.telemetry.dropped")
                .description("Telemetry readings the database refused (e.g. their pad or vehicle was deleted)")
                .register(meters);
        Gauge.builder("dlm.telemetry.buffered", this, buffer -> buffer.vehicles.size() + buffer.nodes.size())
                .description("Telemetry readings waiting to be written")
                .register(meters);
    }

    @Override
    public void vehicle(String vehicleId, VehicleTelemetryMessage reading, Instant receivedAt) {
        offer(vehicles, new VehicleTelemetry(vehicleId, reading.ts(), reading.seq(), reading.socPercent(),
                reading.latitude(), reading.longitude(), receivedAt));
    }

    @Override
    public void node(String hubId, String nodeId, NodeTelemetryMessage reading, Instant receivedAt) {
        offer(nodes, new NodeTelemetry(hubId, nodeId, reading.ts(), reading.seq(), reading.powerKw(),
                reading.energyKwh(), reading.alignmentPercent(), reading.vehiclePresent(), reading.vehicleId(),
                receivedAt));
    }

    private static <T> void offer(BlockingQueue<T> queue, T reading) {
        if (!queue.offer(reading)) {
            throw new PayloadRejectedException(RejectionReason.OVERLOADED, "telemetry buffer full (database behind)");
        }
    }

    /** Writes everything buffered; a failed batch stays for the next run. */
    void flush() {
        try {
            write(vehicles, vehicleRetry, vehicleReadings::insertAll);
            write(nodes, nodeRetry, nodeReadings::insertAll);
        } catch (RuntimeException e) {
            log.warn("Writing telemetry failed; {} readings wait for the next try: {}",
                    vehicleRetry.size() + nodeRetry.size() + vehicles.size() + nodes.size(), e.toString());
        }
    }

    private <T> void write(BlockingQueue<T> queue, List<T> batch, ToIntFunction<List<T>> insertAll) {
        while (!batch.isEmpty() || queue.drainTo(batch, settings.batchSize()) > 0) {
            int inserted;
            try {
                inserted = insertAll.applyAsInt(batch);
            } catch (DataIntegrityViolationException e) {
                // Retrying would fail forever: store the batch reading by reading, dropping the bad ones.
                inserted = insertOneByOne(batch, insertAll);
            }
            written.increment(inserted);
            alreadyStored.increment(batch.size() - inserted);
            batch.clear();
        }
    }

    private <T> int insertOneByOne(List<T> batch, ToIntFunction<List<T>> insertAll) {
        int inserted = 0;
        for (T reading : batch) {
            try {
                inserted += insertAll.applyAsInt(List.of(reading));
            } catch (DataIntegrityViolationException e) {
                dropped.increment();
                log.warn("Telemetry reading dropped, the database refuses it: {} ({})",
                        reading, e.getMostSpecificCause().getMessage());
            }
        }
        return inserted;
    }

    @Override
    public void start() {
        writer = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "telemetry-writer"));
        long intervalMillis = settings.flushInterval().toMillis();
        writer.scheduleWithFixedDelay(this::flush, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops after the ingest worker, which may still hand over readings while it drains.
        return IngestWorker.PHASE - 1000;
    }
}
