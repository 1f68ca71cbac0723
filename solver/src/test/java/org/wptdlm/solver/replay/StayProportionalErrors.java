package org.wptdlm.solver.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.wptdlm.domain.planning.RecordedSession;
import org.wptdlm.domain.planning.SessionReplay;

/**
 * A synthetic replay file (not real data): the perfect-estimates ACN month with every stated departure
 * redrawn so that the driver's error grows with the stay they stated. Each driver stays a fraction r of
 * the stay they state, r drawn uniformly from [{@link #LEAST_FRACTION}, {@link #MOST_FRACTION}) with a
 * fixed seed: actual − stated = (r − 1) × stated stay. True arrivals, departures and energy are
 * unchanged, so the perfect-foresight optimum is that of the original file. Unlike the bundled
 * user-estimates file (errors drawn independently of everything), what a driver states here tells
 * how far off it is, as for real drivers who state the end of the working day.
 */
final class StayProportionalErrors {

    static final long SEED = 2026;
    static final double LEAST_FRACTION = 0.35;
    static final double MOST_FRACTION = 1.15;

    private StayProportionalErrors() {
    }

    static SessionReplay of(SessionReplay perfect) {
        Random random = new Random(SEED);
        List<RecordedSession> sessions = new ArrayList<>(perfect.sessions().size());
        for (RecordedSession session : perfect.sessions()) {
            double fraction = LEAST_FRACTION + (MOST_FRACTION - LEAST_FRACTION) * random.nextDouble();
            long actualSeconds = Duration.between(session.arrival(), session.departure()).toSeconds();
            Instant stated = session.arrival().plusSeconds(Math.round(actualSeconds / fraction));
            sessions.add(new RecordedSession(session.id(), session.stationId(), session.arrival(), session.departure(),
                    stated, session.energyRequestedKwh(), session.maxKw()));
        }
        return new SessionReplay("synthetic: " + perfect.source() + "; estimatedDeparture = arrival + true stay / r,"
                + " r uniform in [0.35, 1.15), seed 2026 (StayProportionalErrors)", perfect.site(), perfect.slotMinutes(),
                perfect.start(), perfect.stations(), sessions);
    }
}
