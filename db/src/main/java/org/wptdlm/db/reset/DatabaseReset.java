package org.wptdlm.db.reset;

import static org.wptdlm.db.jooq.Tables.HUBS;
import static org.wptdlm.db.jooq.Tables.REJECTED_MESSAGES;
import static org.wptdlm.db.jooq.Tables.VEHICLES;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Empties the database for a fresh demo ({@code seed --reset}); never used by the service itself. */
@Repository
public class DatabaseReset {

    private final DSLContext dsl;

    public DatabaseReset(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Deletes every hub and vehicle with everything that refers to them (circuits, pads, charging
     * requests, telemetry, plans, DLM events), and the rejected messages. Schema and migrations stay.
     */
    public void deleteAllData() {
        dsl.truncate(HUBS, VEHICLES, REJECTED_MESSAGES)
                .cascade()
                .execute();
    }
}
