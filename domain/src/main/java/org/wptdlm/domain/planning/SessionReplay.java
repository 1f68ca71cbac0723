package org.wptdlm.domain.planning;

import java.time.Instant;
import java.util.List;

/** The session-replay file: real or synthetic charging sessions of a site, replayed in slots of {@code slotMinutes}. */
public record SessionReplay(String source, String site, int slotMinutes, Instant start, List<String> stations,
        List<ReplaySession> sessions) {

    public SessionReplay {
        stations = stations == null ? List.of() : List.copyOf(stations);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
