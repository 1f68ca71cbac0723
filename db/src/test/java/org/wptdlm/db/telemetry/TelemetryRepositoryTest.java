package org.wptdlm.db.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wptdlm.db.TestData.NOON;
import static org.wptdlm.db.TestData.hub;
import static org.wptdlm.db.TestData.pad;
import static org.wptdlm.db.TestData.vehicle;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.wptdlm.db.RepositoryTest;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.query.Chunks;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.domain.telemetry.PadTelemetry;
import org.wptdlm.domain.telemetry.VehicleTelemetry;

class TelemetryRepositoryTest extends RepositoryTest {

    @Autowired
    HubRepository hubs;

    @Autowired
    PadRepository pads;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    VehicleTelemetryRepository vehicleTelemetry;

    @Autowired
    PadTelemetryRepository padTelemetry;

    @BeforeEach
    void hubWithPadAndVehicle() {
        hubs.insert(hub("hub-001"));
        pads.insert(pad("hub-001", "pad-1"));
        vehicles.insert(vehicle("ev-1"));
    }

    @Test
    void batchLargerThanOneStatementIsStoredCompletely() {
        int count = Chunks.ROWS_PER_STATEMENT * 2 + 7;
        List<VehicleTelemetry> readings = IntStream.range(0, count)
                .mapToObj(second -> vehicleReading(second, 20.0 + second * 0.01))
                .toList();

        assertThat(vehicleTelemetry.insertAll(readings)).isEqualTo(count);
        assertThat(vehicleTelemetry.findByVehicle("ev-1", TimeRange.ALL, count + 1)).hasSize(count);
    }

    @Test
    void redeliveredReadingsAreStoredOnce() {
        vehicleTelemetry.insertAll(List.of(vehicleReading(0, 20.0), vehicleReading(1, 21.0)));

        int inserted = vehicleTelemetry.insertAll(List.of(vehicleReading(1, 21.0), vehicleReading(2, 22.0)));

        assertThat(inserted).isEqualTo(1);
        assertThat(vehicleTelemetry.findByVehicle("ev-1", TimeRange.ALL, 10))
                .extracting(VehicleTelemetry::sequence)
                .containsExactly(2L, 1L, 0L);
    }

    @Test
    void readingsAreReadBackNewestFirstWithinTheRange() {
        vehicleTelemetry.insertAll(IntStream.range(0, 10).mapToObj(second -> vehicleReading(second, 50.0)).toList());

        var range = new TimeRange(NOON.plusSeconds(3), NOON.plusSeconds(6));
        assertThat(vehicleTelemetry.findByVehicle("ev-1", range, 10))
                .extracting(VehicleTelemetry::sequence)
                .containsExactly(5L, 4L, 3L);
        assertThat(vehicleTelemetry.findByVehicle("ev-1", TimeRange.ALL, 1).get(0)).isEqualTo(vehicleReading(9, 50.0));
    }

    @Test
    void padReadingsAreStoredOnceAndReadBack() {
        PadTelemetry first = padReading(0, 10.5, true);
        PadTelemetry second = padReading(1, 0.0, false);

        assertThat(padTelemetry.insertAll(List.of(first, second, first))).isEqualTo(2);
        assertThat(padTelemetry.findByPad("hub-001", "pad-1", TimeRange.ALL, 10)).containsExactly(second, first);
    }

    @Test
    void readingsOfUnknownPadsAreRefused() {
        PadTelemetry unknownPad = new PadTelemetry("hub-001", "pad-404", NOON, 0, 1.0, 1.0, null, false, null, NOON);

        assertThatThrownBy(() -> padTelemetry.insertAll(List.of(unknownPad)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void retentionDeletesOnlyReadingsMeasuredBeforeTheCutoff() {
        vehicleTelemetry.insertAll(List.of(vehicleReading(0, 20.0), vehicleReading(10, 21.0)));
        padTelemetry.insertAll(List.of(padReading(0, 1.0, true), padReading(10, 1.0, true)));

        assertThat(vehicleTelemetry.deleteMeasuredBefore(NOON.plusSeconds(5))).isEqualTo(1);
        assertThat(padTelemetry.deleteMeasuredBefore(NOON.plusSeconds(5))).isEqualTo(1);
        assertThat(vehicleTelemetry.findByVehicle("ev-1", TimeRange.ALL, 10)).extracting(VehicleTelemetry::sequence)
                .containsExactly(10L);
        assertThat(padTelemetry.findByPad("hub-001", "pad-1", TimeRange.ALL, 10)).extracting(PadTelemetry::sequence)
                .containsExactly(10L);
    }

    private static VehicleTelemetry vehicleReading(int second, double socPercent) {
        return new VehicleTelemetry("ev-1", NOON.plusSeconds(second), second, socPercent, 52.5, 13.4,
                NOON.plusSeconds(second + 1));
    }

    private static PadTelemetry padReading(int second, double powerKw, boolean vehiclePresent) {
        return new PadTelemetry("hub-001", "pad-1", NOON.plusSeconds(second), second, powerKw, 100.0 + second,
                vehiclePresent ? 97.5 : null, vehiclePresent, vehiclePresent ? "ev-1" : null, NOON.plusSeconds(second));
    }
}
