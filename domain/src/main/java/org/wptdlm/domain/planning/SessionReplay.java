package org.wptdlm.domain.planning;

import java.time.Instant;
import java.util.List;

/**
 * The session-replay file: the {@link RecordedSession}s (real or synthetic) of a site, replayed in slots of
 * {@code slotMinutes}.
 */
public record SessionReplay(String source, String site, int slotMinutes, Instant start, List<String> stations,
        List<RecordedSession> sessions) {

    public SessionReplay {
        stations = stations == null ? List.of() : List.copyOf(stations);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
