package org.wptdlm.solver.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wptdlm.domain.planning.RecordedSession;
import org.wptdlm.domain.planning.SessionReplay;

/**
 * A session-replay file in slots: per session its arrival slot, true departure slot (exclusive), the
 * estimated departure slot the scheduler is told, requested energy and maximum power. Sessions are
 * sorted by arrival.
 */
public record ReplayInstance(int slotMinutes, int slots, List<Visit> visits) {

    /** One session in slots; {@code estimatedDepartureSlot} is what a scheduler may use. */
    public record Visit(String id, String stationId, int arrivalSlot, int departureSlot, int estimatedDepartureSlot,
            double energyKwh, double maxKw) {
    }

    public static ReplayInstance of(SessionReplay replay) {
        if (replay.slotMinutes() <= 0 || replay.start() == null) {
            throw new IllegalArgumentException("replay needs slotMinutes > 0 and a start instant");
        }
        Duration slot = Duration.ofMinutes(replay.slotMinutes());
        List<Visit> visits = new ArrayList<>();
        int slots = 0;
        for (RecordedSession session : replay.sessions()) {
            int arrival = slotOf(replay.start(), slot, session.arrival());
            int departure = Math.max(arrival + 1, slotOf(replay.start(), slot, session.departure()));
            Instant estimated = session.estimatedDeparture() == null ? session.departure() : session.estimatedDeparture();
            int estimatedDeparture = Math.max(arrival + 1, slotOf(replay.start(), slot, estimated));
            visits.add(new Visit(session.id(), session.stationId(), arrival, departure, estimatedDeparture,
                    session.energyRequestedKwh(), session.maxKw()));
            slots = Math.max(slots, Math.max(departure, estimatedDeparture));
        }
        visits.sort(Comparator.comparingInt(Visit::arrivalSlot).thenComparing(Visit::id));
        return new ReplayInstance(replay.slotMinutes(), slots, List.copyOf(visits));
    }

    public double slotHours() {
        return slotMinutes / 60.0;
    }

    public double requestedKwh() {
        return visits.stream().mapToDouble(Visit::energyKwh).sum();
    }

    private static int slotOf(Instant start, Duration slot, Instant instant) {
        return (int) Math.max(0, Duration.between(start, instant).toSeconds() / slot.toSeconds());
    }
}
