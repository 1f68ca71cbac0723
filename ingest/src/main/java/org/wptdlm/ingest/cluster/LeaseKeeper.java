package org.wptdlm.ingest.cluster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.util.UUIDConverter;
import org.wptdlm.db.cluster.ClusterRepository;
import org.wptdlm.ingest.live.LiveHub;
import org.wptdlm.ingest.live.LiveModel;

/**
 * The ownership round of one instance, every {@code dlm.cluster.renew-interval} on one thread (the
 * lock registry's leases belong to the thread that took them): announce the instance alive, renew
 * the leases held, then claim free hubs up to an even share of the hubs among the live instances or
 * release those above it. An instance without a broker connection cannot serve a hub: it hands its
 * hubs back and neither counts as alive nor claims until it is connected. An instance that dies stops renewing; its leases run out after the TTL
 * and the others claim them in their next round.
 *
 * <p>Each acquisition raises the hub's fencing epoch in the database while the lease row is held;
 * allocations carry it, so controllers can ignore an older owner that has not yet noticed it lost
 * the hub. The owner itself stops publishing for a hub as soon as its lease is no longer trusted
 * ({@link Lease#held()}, checked before each publication).
 */
final class LeaseKeeper implements HubOwnership, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);
    /** The lock registry's region of hub leases. */
    static final String REGION = "hubs";

    private final ClusterSettings settings;
    private final JdbcLockRegistry locks;
    private final ClusterRepository cluster;
    private final LiveModel model;
    private final ApplicationEventPublisher events;
    private final BooleanSupplier brokerConnected;
    private final Clock clock;
    private final String clientId;
    private final Instant startedAt;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    /** The locks behind {@link #leases}, in the order they were taken: the latest are released first. */
    private final Map<String, Lock> held = new LinkedHashMap<>();
    private ScheduledExecutorService thread;
    private volatile boolean running;

    LeaseKeeper(ClusterSettings settings, JdbcLockRegistry locks, ClusterRepository cluster, LiveModel model,
            ApplicationEventPublisher events, BooleanSupplier brokerConnected, Clock clock) {
        this.settings = settings;
        this.brokerConnected = brokerConnected;
        this.locks = locks;
        this.cluster = cluster;
        this.model = model;
        this.events = events;
        this.clock = clock;
        this.clientId = clientIdOf(settings.instanceId());
        this.startedAt = clock.instant();
    }

    /** The lock table's client id of an instance (the table holds 36 characters). */
    static String clientIdOf(String instanceId) {
        return UUIDConverter.getUUID(instanceId).toString();
    }

    static String lockKeyOf(String hubId) {
        return "hub:" + hubId;
    }

    @Override
    public Optional<Lease> lease(String hubId) {
        return Optional.ofNullable(leases.get(hubId));
    }

    @Override
    public Set<String> ownedHubs() {
        return Set.copyOf(leases.keySet());
    }

    @Override
    public String instanceId() {
        return settings.instanceId();
    }

    /** One round, then the next: sooner while this instance holds less than its share (it has just joined). */
    private void roundAndNext() {
        boolean belowShare = round();
        if (running) {
            long delayMillis = settings.renewInterval().toMillis() / (belowShare ? 4 : 1);
            thread.schedule(this::roundAndNext, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Answers whether this instance holds less than the fair floor of the hubs after the round. */
    private boolean round() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        try {
            if (!brokerConnected.getAsBoolean()) {
                if (!held.isEmpty()) {
                    log.warn("{} is not connected to the broker: handing its {} hubs back", settings.instanceId(),
                            held.size());
                    List.copyOf(held.keySet()).forEach(this::release);
                }
                return false;
            }
            cluster.heartbeat(settings.instanceId(), startedAt, now);
            renewAll(started);
            List<String> hubIds = model.hubs().stream().map(LiveHub::hubId).sorted().toList();
            Instant fresh = now.minus(settings.leaseTtl());
            int live = Math.max(1, cluster.liveInstances(fresh));
            Map<String, String> taken = cluster.leasesRenewedAfter(REGION, fresh);
            int floor = hubIds.size() / live;
            int ceiling = (hubIds.size() + live - 1) / live;
            // An instance below the fair floor (one that just joined) gets room: the others shed down to it.
            int limit = someoneBelow(taken, floor, live) ? floor : ceiling;
            releaseAbove(limit);
            claim(hubIds, taken, ceiling, started, now);
            return held.size() < floor;
        } catch (RuntimeException e) {
            // The database is away or failing: leases are not renewed and stop being trusted by themselves.
            log.warn("Ownership round of {} failed: {}", settings.instanceId(), e.toString());
            dropUntrusted();
            return false;
        }
    }

    private static boolean someoneBelow(Map<String, String> taken, int floor, int live) {
        Map<String, Integer> countByClient = new HashMap<>();
        taken.values().forEach(client -> countByClient.merge(client, 1, Integer::sum));
        long atFloor = countByClient.values().stream().filter(count -> count >= floor).count();
        return floor > 0 && atFloor < live;
    }

    private void renewAll(long started) {
        for (String hubId : List.copyOf(held.keySet())) {
            Lease lease = leases.get(hubId);
            try {
                locks.renewLock(lockKeyOf(hubId));
                lease.renewed(started, settings.trustedFor());
            } catch (IllegalStateException e) {
                // The row is gone or another instance's: the hub has a new owner.
                log.warn("Lost {}: {}", lease, e.getMessage());
                release(hubId);
            } catch (RuntimeException e) {
                log.warn("Renewing {} failed: {}", lease, e.toString());
                if (!lease.held()) {
                    release(hubId);
                }
            }
        }
    }

    private void dropUntrusted() {
        for (String hubId : List.copyOf(held.keySet())) {
            if (!leases.get(hubId).held()) {
                release(hubId);
            }
        }
    }

    private void releaseAbove(int limit) {
        List<String> latestFirst = new ArrayList<>(held.keySet());
        Collections.reverse(latestFirst);
        for (String hubId : latestFirst.subList(0, Math.max(0, held.size() - limit))) {
            log.info("Releasing hub {} to rebalance ({} held, share {})", hubId, held.size(), limit);
            release(hubId);
        }
    }

    /** Stops acting for the hub first, then frees its lease row. */
    private void release(String hubId) {
        Lease lease = leases.remove(hubId);
        if (lease != null) {
            lease.revoke();
        }
        Lock lock = held.remove(hubId);
        if (lock == null) {
            return;
        }
        try {
            lock.unlock();
        } catch (RuntimeException e) {
            // Already expired or taken over: nothing of ours left to free.
            log.debug("Unlocking hub {}: {}", hubId, e.toString());
        }
    }

    private void claim(List<String> hubIds, Map<String, String> taken, int ceiling, long started, Instant now) {
        if (held.size() >= ceiling) {
            return;
        }
        // Each instance starts looking at a different hub, so instances rarely contend for one.
        List<String> free = hubIds.stream()
                .filter(hubId -> !held.containsKey(hubId))
                .filter(hubId -> !taken.containsKey(UUIDConverter.getUUID(lockKeyOf(hubId)).toString()))
                .sorted(Comparator.comparingInt(hubId -> Math.floorMod((hubId + clientId).hashCode(), 1 << 20)))
                .toList();
        for (String hubId : free) {
            if (held.size() >= ceiling || !running) {
                return;
            }
            acquire(hubId, started, now);
        }
    }

    private void acquire(String hubId, long started, Instant now) {
        Lock lock = locks.obtain(lockKeyOf(hubId));
        if (!lock.tryLock()) {
            return;
        }
        String lockKey = UUIDConverter.getUUID(lockKeyOf(hubId)).toString();
        Optional<Long> epoch = cluster.raiseEpoch(hubId, settings.instanceId(), REGION, lockKey, clientId, now);
        if (epoch.isEmpty()) {
            lock.unlock();
            return;
        }
        held.put(hubId, lock);
        Lease lease = Lease.acquired(hubId, epoch.get(), settings.instanceId(), started, settings.trustedFor());
        leases.put(hubId, lease);
        log.info("Took {}", lease);
        events.publishEvent(new HubLeaseAcquired(hubId, epoch.get()));
    }

    @Override
    public void start() {
        running = true;
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread named = new Thread(runnable, "hub-ownership");
            named.setDaemon(true);
            return named;
        });
        thread.execute(this::roundAndNext);
    }

    /** Hands every hub back at once, so the other instances take them over in their next round. */
    @Override
    public void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        try {
            thread.submit(() -> {
                List.copyOf(held.keySet()).forEach(this::release);
                cluster.leave(settings.instanceId());
            }).get(settings.leaseTtl().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.warn("Handing the hubs of {} back failed; their leases run out by themselves: {}",
                    settings.instanceId(), e.toString());
        }
        thread.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the MQTT connection (a new owner publishes at once) and hands the hubs back before it closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE + 100;
    }
}
