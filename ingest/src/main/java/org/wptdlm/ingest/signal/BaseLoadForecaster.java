package org.wptdlm.ingest.signal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.wptdlm.domain.signal.SignalInterval;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSink;
import org.wptdlm.domain.signal.SignalSources;
import org.wptdlm.ingest.live.ReplanSettings;

/**
 * Forecasts a hub's base load from its site meter (import less charging) into a
 * {@code BASE_LOAD_KW} schedule of source {@code meter}, per planning slot:
 * <ul>
 *   <li>the current slot: the latest reading;</li>
 *   <li>a later slot: the mean of the readings in the same slot one week earlier when there are
 *       any, otherwise the mean of the readings of the last {@code dlm.signals.meter-recent-window}.</li>
 * </ul>
 * A forecast is delivered at the first reading, at the first reading of each new slot, and when the
 * base load moved by more than {@code dlm.signals.meter-change-kw} since the last one; it is valid for
 * the recent window, so a silent meter stops counting and the status base load applies again.
 * Readings are kept in memory only (eight days of slot means per hub): after a restart the forecast
 * starts from the recent average.
 */
@Component
public class BaseLoadForecaster {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration KEPT = Duration.ofDays(8);

    private final SignalSink sink;
    private final SignalSettings settings;
    private final long slotSeconds;
    private final Clock clock;
    private final Map<String, MeterHistory> histories = new ConcurrentHashMap<>();

    public BaseLoadForecaster(SignalSink sink, SignalSettings settings, ReplanSettings replan, Clock clock) {
        this.sink = sink;
        this.settings = settings;
        this.slotSeconds = replan.slotMinutes() * 60L;
        this.clock = clock;
    }

    /** Whether a reading was taken, or why not. */
    public enum Verdict { TAKEN, DUPLICATE, OUT_OF_ORDER }

    /**
     * A reading of the hub's base load at {@code ts}, kW. Readings count in order: one at the time
     * of the last (a redelivery) or before it is not taken.
     */
    public Verdict record(String hubId, Instant ts, double baseLoadKw) {
        MeterHistory history = histories.computeIfAbsent(hubId, id -> new MeterHistory());
        SignalSchedule forecast;
        synchronized (history) {
            if (history.lastReadingAt != null && !ts.isAfter(history.lastReadingAt)) {
                return ts.equals(history.lastReadingAt) ? Verdict.DUPLICATE : Verdict.OUT_OF_ORDER;
            }
            history.lastReadingAt = ts;
            Instant slot = slotOf(ts);
            history.add(ts, slot, baseLoadKw, settings.meterRecentWindow());
            boolean due = history.lastDeliveredSlot == null || slot.isAfter(history.lastDeliveredSlot)
                    || Math.abs(baseLoadKw - history.lastDeliveredKw) > settings.meterChangeKw();
            if (!due) {
                return Verdict.TAKEN;
            }
            history.lastDeliveredSlot = slot;
            history.lastDeliveredKw = baseLoadKw;
            forecast = forecast(hubId, history, slot, baseLoadKw);
        }
        sink.accept(forecast);
        return Verdict.TAKEN;
    }

    private SignalSchedule forecast(String hubId, MeterHistory history, Instant currentSlot, double currentKw) {
        List<SignalInterval> intervals = new ArrayList<>();
        intervals.add(new SignalInterval(currentSlot, currentSlot.plusSeconds(slotSeconds), currentKw));
        double recentKw = history.recentMeanKw();
        for (int k = 1; k < settings.meterForecastSlots(); k++) {
            Instant start = currentSlot.plusSeconds(slotSeconds * k);
            Double lastWeekKw = history.slotMeanKw(start.minus(WEEK));
            intervals.add(new SignalInterval(start, start.plusSeconds(slotSeconds), lastWeekKw != null ? lastWeekKw : recentKw));
        }
        Instant now = clock.instant();
        return new SignalSchedule(hubId, SignalKind.BASE_LOAD_KW, SignalSources.METER, intervals, now,
                now.plus(settings.meterRecentWindow()));
    }

    private Instant slotOf(Instant ts) {
        return Instant.ofEpochSecond(Math.floorDiv(ts.getEpochSecond(), slotSeconds) * slotSeconds);
    }

    /** One hub's readings: the recent ones, and the mean per slot for the last eight days. */
    private static final class MeterHistory {
        private record Reading(Instant ts, double kw) {}

        private final Deque<Reading> recent = new ArrayDeque<>();
        private final TreeMap<Instant, double[]> sumAndCountBySlot = new TreeMap<>();
        Instant lastReadingAt;
        Instant lastDeliveredSlot;
        double lastDeliveredKw;

        void add(Instant ts, Instant slot, double kw, Duration recentWindow) {
            recent.addLast(new Reading(ts, kw));
            while (recent.peekFirst().ts().isBefore(ts.minus(recentWindow))) {
                recent.removeFirst();
            }
            double[] sumAndCount = sumAndCountBySlot.computeIfAbsent(slot, s -> new double[2]);
            sumAndCount[0] += kw;
            sumAndCount[1]++;
            sumAndCountBySlot.headMap(slot.minus(KEPT)).clear();
        }

        double recentMeanKw() {
            return recent.stream().mapToDouble(Reading::kw).average().orElse(0);
        }

        Double slotMeanKw(Instant slot) {
            double[] sumAndCount = sumAndCountBySlot.get(slot);
            return sumAndCount == null ? null : sumAndCount[0] / sumAndCount[1];
        }
    }
}
