package org.wptdlm.ingest.payload;

import java.time.Instant;

/** A payload whose device timestamp must be recent: stale or future messages are rejected. */
public interface DeviceTimestamped {

    /** When the device produced the message. */
    Instant ts();
}
