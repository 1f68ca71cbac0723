package org.wptdlm.db.cluster;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.wptdlm.db.jooq.Tables.CLUSTER_INSTANCES;
import static org.wptdlm.db.jooq.Tables.HUB_OWNERS;
import static org.wptdlm.db.jooq.Tables.INT_LOCK;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * What the instances of a cluster share beside the leases themselves (tables cluster_instances and
 * hub_owners), and a read of the lease table (int_lock, written by Spring Integration's
 * JdbcLockRegistry) to see which leases are taken without asking for each.
 */
@Repository
public class ClusterRepository {

    private final DSLContext dsl;

    public ClusterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Announces the instance alive at {@code now}. */
    public void heartbeat(String instanceId, Instant startedAt, Instant now) {
        dsl.insertInto(CLUSTER_INSTANCES)
                .set(CLUSTER_INSTANCES.INSTANCE_ID, instanceId)
                .set(CLUSTER_INSTANCES.STARTED_AT, startedAt)
                .set(CLUSTER_INSTANCES.HEARTBEAT_AT, now)
                .onConflict(CLUSTER_INSTANCES.INSTANCE_ID)
                .doUpdate()
                .set(CLUSTER_INSTANCES.HEARTBEAT_AT, now)
                .execute();
    }

    /** How many instances announced themselves alive after {@code since}. */
    public int liveInstances(Instant since) {
        return dsl.fetchCount(CLUSTER_INSTANCES, CLUSTER_INSTANCES.HEARTBEAT_AT.gt(since));
    }

    /** The instance leaves in an orderly way: the others need not wait for its heartbeat to age. */
    public void leave(String instanceId) {
        dsl.deleteFrom(CLUSTER_INSTANCES)
                .where(CLUSTER_INSTANCES.INSTANCE_ID.eq(instanceId))
                .execute();
    }

    /**
     * The leases of a region renewed after {@code since} (UTC, as the lock registry writes them):
     * lock key to the holder's client id.
     */
    public Map<String, String> leasesRenewedAfter(String region, Instant since) {
        return dsl.select(INT_LOCK.LOCK_KEY, INT_LOCK.CLIENT_ID)
                .from(INT_LOCK)
                .where(INT_LOCK.REGION.eq(region))
                .and(INT_LOCK.CREATED_DATE.ge(LocalDateTime.ofInstant(since, ZoneOffset.UTC)))
                .fetchMap(INT_LOCK.LOCK_KEY, INT_LOCK.CLIENT_ID);
    }

    /**
     * Raises the hub's fencing epoch for its new owner, only while the owner's lease row exists:
     * the next number, or the time in milliseconds if that is larger. Empty when the lease was gone.
     *
     * @param lockKey the lease's row key and {@code clientId} its holder, as the lock registry stores them
     */
    public Optional<Long> raiseEpoch(String hubId, String instanceId, String region, String lockKey, String clientId,
            Instant now) {
        Condition leaseHeld = exists(selectOne()
                .from(INT_LOCK)
                .where(INT_LOCK.REGION.eq(region))
                .and(INT_LOCK.LOCK_KEY.eq(lockKey))
                .and(INT_LOCK.CLIENT_ID.eq(clientId)));
        long nowMillis = now.toEpochMilli();
        return dsl.insertInto(HUB_OWNERS, HUB_OWNERS.HUB_ID, HUB_OWNERS.EPOCH, HUB_OWNERS.INSTANCE_ID,
                        HUB_OWNERS.ACQUIRED_AT)
                .select(select(val(hubId), val(nowMillis), val(instanceId), val(now)).where(leaseHeld))
                .onConflict(HUB_OWNERS.HUB_ID)
                .doUpdate()
                .set(HUB_OWNERS.EPOCH, greatest(HUB_OWNERS.EPOCH.plus(1), val(nowMillis)))
                .set(HUB_OWNERS.INSTANCE_ID, instanceId)
                .set(HUB_OWNERS.ACQUIRED_AT, now)
                .where(leaseHeld)
                .returningResult(HUB_OWNERS.EPOCH)
                .fetchOptional(HUB_OWNERS.EPOCH);
    }
}
