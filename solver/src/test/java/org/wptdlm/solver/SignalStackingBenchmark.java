package org.wptdlm.solver;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalStacking;
import org.wptdlm.domain.signal.SlotSignals;
import org.wptdlm.domain.signal.StalePolicy;

/**
 * JMH: laying a busy hub's grid signals onto 96 slots, the work every live re-plan adds. Sources:
 * three limit schedules (MQTT 96 quarter-hours, an OpenADR-like 24 hours with a validity, an
 * operator window), prices and carbon for two weeks of quarter-hours (1,344 intervals each, the
 * horizon in the middle), and a 96-slot base-load forecast. Not a test; run by hand as in
 * docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignalStackingBenchmark {

    private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    private List<SignalSchedule> schedules;

    @Setup
    public void schedules() {
        schedules = List.of(
                schedule(SignalKind.GRID_LIMIT_KW, "mqtt", START, 96, 15, 80, null),
                schedule(SignalKind.GRID_LIMIT_KW, "openadr", START, 24, 60, 120, START.plus(Duration.ofHours(6))),
                schedule(SignalKind.GRID_LIMIT_KW, "operator", START.plus(Duration.ofHours(4)), 1, 180, 60, null),
                schedule(SignalKind.PRICE_PER_KWH, "tariff", START.minus(Duration.ofDays(7)), 1344, 15, 0.30, null),
                schedule(SignalKind.CARBON_G_PER_KWH, "carbon", START.minus(Duration.ofDays(7)), 1344, 15, 300, null),
                schedule(SignalKind.BASE_LOAD_KW, "meter", START, 96, 15, 12, START.plus(Duration.ofHours(1))));
    }

    private static SignalSchedule schedule(SignalKind kind, String source, Instant from, int count, int minutes,
            double base, Instant validUntil) {
        List<SignalInterval> intervals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant start = from.plus(Duration.ofMinutes((long) minutes * i));
            intervals.add(new SignalInterval(start, start.plus(Duration.ofMinutes(minutes)), base * (0.7 + 0.3 * (i % 7) / 6.0)));
        }
        return new SignalSchedule("hub-1", kind, source, intervals, START, validUntil);
    }

    @Benchmark
    public SlotSignals stackOneReplan() {
        return SignalStacking.stack(schedules, 150, 5, START, 15, 96, StalePolicy.DEFAULT);
    }
}
