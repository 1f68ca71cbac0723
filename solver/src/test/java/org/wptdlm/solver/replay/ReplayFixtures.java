package org.wptdlm.solver.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.wptdlm.domain.planning.RecordedSession;
import org.wptdlm.domain.planning.SessionReplay;

/** Tiny replays in 1-hour slots, so kW and kWh per slot read the same. */
final class ReplayFixtures {

    static final Instant START = Instant.parse("2019-03-01T08:00:00Z");

    private ReplayFixtures() {
    }

    static RecordedSession session(String id, int arrivalHour, int departureHour, double energyKwh, double maxKw) {
        Instant departure = START.plus(Duration.ofHours(departureHour));
        return new RecordedSession(id, "CA-" + id, START.plus(Duration.ofHours(arrivalHour)), departure, departure,
                energyKwh, maxKw);
    }

    static ReplayInstance hourly(RecordedSession... sessions) {
        return ReplayInstance.of(new SessionReplay("test", "test", 60, START, List.of(), List.of(sessions)));
    }
}
