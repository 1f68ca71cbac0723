package org.wptdlm.ingest.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.wptdlm.db.telemetry.PadTelemetryRepository;
import org.wptdlm.db.telemetry.VehicleTelemetryRepository;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.telemetry.VehicleTelemetry;
import org.wptdlm.ingest.flow.BatchWriter;
import org.wptdlm.ingest.flow.PendingAcknowledgement;
import org.wptdlm.ingest.live.CommandRefusedException;
import org.wptdlm.ingest.live.TelemetrySink;
import org.wptdlm.ingest.rejection.RejectionReason;

/**
 * Accepted telemetry on its way to PostgreSQL: buffered, written in batches by its own thread as
 * soon as readings wait (at least every flush interval), kept and retried at the flush interval
 * while the database is away. A reading already stored (a redelivery after a restart) is skipped by
 * the tables' keys. The message a reading came in is acknowledged once it is stored (or refused
 * for good). Stops after the ingest worker and writes what is left.
 */
@Component
class TelemetryBuffer extends BatchWriter implements TelemetrySink {

    private static final Logger log = LoggerFactory.getLogger(TelemetryBuffer.class);

    private final VehicleTelemetryRepository vehicleReadings;
    private final PadTelemetryRepository padReadings;
    private final IngestSettings settings;
    private final BlockingQueue<Held<VehicleTelemetry>> vehicles;
    private final BlockingQueue<Held<PadTelemetry>> pads;
    private final List<Held<VehicleTelemetry>> vehicleRetry = new ArrayList<>();
    private final List<Held<PadTelemetry>> padRetry = new ArrayList<>();
    private final WriteBehind entityWrites;
    private volatile boolean failing;
    private final Counter written;
    private final Counter alreadyStored;
    private final Counter dropped;

    /**
     * A reading, what to run once it is stored or refused for good, and how many entity writes
     * were submitted before it: it is written only after those (its pad or vehicle row among them).
     */
    private record Held<T>(T reading, Runnable release, long afterEntityWrites) {}

    TelemetryBuffer(VehicleTelemetryRepository vehicleReadings, PadTelemetryRepository padReadings,
            WriteBehind entityWrites, IngestSettings settings, MeterRegistry meters) {
        super("telemetry-writer", settings.flushInterval());
        this.entityWrites = entityWrites;
        this.vehicleReadings = vehicleReadings;
        this.padReadings = padReadings;
        this.settings = settings;
        this.vehicles = new ArrayBlockingQueue<>(settings.bufferCapacity());
        this.pads = new ArrayBlockingQueue<>(settings.bufferCapacity());
        this.written = Counter.builder("dlm.telemetry.written").description("Telemetry rows inserted").register(meters);
        this.alreadyStored = Counter.builder("dlm.telemetry.already.stored")
                .description("Telemetry readings skipped because the database already had them")
                .register(meters);
        this.dropped = Counter.builder("dlm.telemetry.dropped")
                .description("Telemetry readings the database refused (e.g. their pad or vehicle was deleted)")
                .register(meters);
        Gauge.builder("dlm.telemetry.buffered", this, buffer -> buffer.vehicles.size() + buffer.pads.size())
                .description("Telemetry readings waiting to be written")
                .register(meters);
    }

    @Override
    public void vehicle(VehicleTelemetry reading) {
        offer(vehicles, reading);
    }

    @Override
    public void pad(PadTelemetry reading) {
        offer(pads, reading);
    }

    private <T> void offer(BlockingQueue<Held<T>> queue, T reading) {
        Runnable release = PendingAcknowledgement.hold();
        if (!queue.offer(new Held<>(reading, release, entityWrites.submitted()))) {
            release.run();
            throw new CommandRefusedException(RejectionReason.OVERLOADED, "telemetry buffer full (database behind)");
        }
        if (databaseAway()) {
            release.run();
        }
        wake();
    }

    /** Writes everything buffered; false when a batch failed and stays for the next try. */
    @Override
    public boolean flush() {
        if (entityWrites.failingSince() != null) {
            // Readings wait behind entity writes, which wait for the database.
            releaseWaiting();
        }
        try {
            write(vehicles, vehicleRetry, vehicleReadings::insertAll);
            write(pads, padRetry, padReadings::insertAll);
            failing = false;
            return true;
        } catch (RuntimeException e) {
            log.warn("Writing telemetry failed; {} readings wait for the next try: {}",
                    vehicleRetry.size() + padRetry.size() + vehicles.size() + pads.size(), e.toString());
            failing = true;
            releaseWaiting();
            return false;
        }
    }

    /** The database is away: acknowledge what waits (see {@link PendingAcknowledgement}). */
    private void releaseWaiting() {
        for (var held : List.of(vehicleRetry, padRetry, List.copyOf(vehicles), List.copyOf(pads))) {
            held.forEach(waitingReading -> waitingReading.release().run());
        }
    }

    private boolean databaseAway() {
        return failing || entityWrites.failingSince() != null;
    }

    /** Takes readings whose entity writes are done, up to a batch, in arrival order. */
    private <T> int drainWritable(BlockingQueue<Held<T>> queue, List<Held<T>> batch) {
        long entityWritesDone = entityWrites.completed();
        int taken = 0;
        while (batch.size() < settings.batchSize()) {
            Held<T> next = queue.peek();
            if (next == null || next.afterEntityWrites() > entityWritesDone) {
                return taken;
            }
            batch.add(queue.poll());
            taken++;
        }
        return taken;
    }

    private <T> void write(BlockingQueue<Held<T>> queue, List<Held<T>> batch, ToIntFunction<List<T>> insertAll) {
        while (!batch.isEmpty() || drainWritable(queue, batch) > 0) {
            int inserted;
            try {
                inserted = insertAll.applyAsInt(readings(batch));
            } catch (DataIntegrityViolationException e) {
                // Retrying would fail forever: store the batch reading by reading, dropping the bad ones.
                inserted = insertOneByOne(batch, insertAll);
            }
            written.increment(inserted);
            alreadyStored.increment(batch.size() - inserted);
            batch.forEach(held -> held.release().run());
            batch.clear();
        }
    }

    private static <T> List<T> readings(List<Held<T>> batch) {
        return batch.stream().map(Held::reading).toList();
    }

    private <T> int insertOneByOne(List<Held<T>> batch, ToIntFunction<List<T>> insertAll) {
        int inserted = 0;
        for (Held<T> held : batch) {
            try {
                inserted += insertAll.applyAsInt(List.of(held.reading()));
            } catch (DataIntegrityViolationException e) {
                dropped.increment();
                log.warn("Telemetry reading dropped, the database refuses it: {} ({})",
                        held.reading(), e.getMostSpecificCause().getMessage());
            }
        }
        return inserted;
    }
}
