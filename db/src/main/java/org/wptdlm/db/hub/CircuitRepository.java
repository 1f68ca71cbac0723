package org.wptdlm.db.hub;

import static org.wptdlm.db.jooq.Tables.CIRCUITS;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.wptdlm.domain.hub.HubCircuit;

/** The circuits of the hubs. */
@Repository
public class CircuitRepository {

    private final DSLContext dsl;

    public CircuitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<HubCircuit> findByHub(String hubId) {
        return dsl.select(
                        CIRCUITS.HUB_ID,
                        CIRCUITS.ID,
                        CIRCUITS.LIMIT_KW)
                .from(CIRCUITS)
                .where(CIRCUITS.HUB_ID.eq(hubId))
                .orderBy(CIRCUITS.ID)
                .fetch(Records.mapping(HubCircuit::new));
    }

    /** Inserts the circuit or changes its limit. */
    public void upsert(HubCircuit circuit) {
        dsl.insertInto(CIRCUITS)
                .set(CIRCUITS.HUB_ID, circuit.hubId())
                .set(CIRCUITS.ID, circuit.id())
                .set(CIRCUITS.LIMIT_KW, circuit.limitKw())
                .onConflict(CIRCUITS.HUB_ID, CIRCUITS.ID)
                .doUpdate()
                .set(CIRCUITS.LIMIT_KW, circuit.limitKw())
                .execute();
    }

    /** A circuit that still has pads is not deleted: the database refuses. */
    public boolean delete(String hubId, String id) {
        return dsl.deleteFrom(CIRCUITS)
                .where(CIRCUITS.HUB_ID.eq(hubId))
                .and(CIRCUITS.ID.eq(id))
                .execute() == 1;
    }
}
