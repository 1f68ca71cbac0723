package org.wptdlm.ingest.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.integration.util.UUIDConverter;
import org.wptdlm.ingest.mqtt.Topic;
import org.wptdlm.ingest.publish.AllocationEvent;
import org.wptdlm.ingest.simulate.BrokerLogin;
import org.wptdlm.ingest.simulate.FleetLogins;
import org.wptdlm.ingest.simulate.FleetSimulator;
import org.wptdlm.ingest.support.MosquittoProcess;
import org.wptdlm.ingest.support.PostgresCluster;
import org.wptdlm.ingest.support.TestClient;

/**
 * Issue 12's acceptance test: three instances of the live loop (child JVMs) on one Mosquitto and
 * one PostgreSQL of the test's own, and the simulator with {@value #HUBS} hubs. The first test
 * kills one instance with kill -9 and follows the takeover; the second adds an instance to the two
 * left and follows the rebalance; the third hands a request over to a hub's owner. They share the
 * cluster (starting JVMs is the slow part), so they run in order.
 */
@EnabledIf("installed")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleClusterTest {

    private static final int HUBS = 12;
    private static final Duration FAILOVER_LIMIT = Duration.ofSeconds(15);
    private static final Duration TICK = Duration.ofMillis(250);

    private final String prefix = "scale-" + UUID.randomUUID().toString().substring(0, 6);
    private final Map<String, ServiceInstance> instances = new LinkedHashMap<>();
    private MosquittoProcess broker;
    private PostgresCluster database;
    private AllocationLog allocations;
    private FleetSimulator fleet;
    private ScheduledExecutorService simulation;

    static boolean installed() {
        return MosquittoProcess.installed() && PostgresCluster.installed();
    }

    @BeforeAll
    void startClusterAndFleet() throws Exception {
        broker = new MosquittoProcess().start();
        database = new PostgresCluster().start();
        // The first instance migrates the database; the others start together after it.
        start("scale-a").awaitOnline(Duration.ofSeconds(120));
        start("scale-b");
        start("scale-c");
        for (ServiceInstance instance : instances.values()) {
            instance.awaitOnline(Duration.ofSeconds(120));
        }
        allocations = new AllocationLog(broker.url());
        fleet = new FleetSimulator(new FleetSimulator.Settings(prefix, HUBS, 4, 60, 600, 7, 2, ""),
                FleetLogins.shared(new BrokerLogin(broker.url(), null, null)), Clock.systemUTC());
        fleet.announce();
        simulation = Executors.newSingleThreadScheduledExecutor();
        simulation.scheduleAtFixedRate(this::step, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ServiceInstance start(String id) throws Exception {
        ServiceInstance instance = ServiceInstance.start(id, broker.url(), database.jdbcUrl());
        instances.put(id, instance);
        return instance;
    }

    private void step() {
        try {
            fleet.step(TICK);
        } catch (Exception e) {
            throw new IllegalStateException("Simulation step failed", e);
        }
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (simulation != null) {
            simulation.shutdownNow();
        }
        if (fleet != null) {
            fleet.close();
        }
        if (allocations != null) {
            allocations.close();
        }
        for (ServiceInstance instance : instances.values()) {
            instance.close();
        }
        if (database != null) {
            database.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void eachHubHasOneOwnerAndAfterAKillEveryHubGetsANewAllocationWithinFifteenSeconds() throws Exception {
        Instant settleStart = Instant.now();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> evenlyOwned(3) && everyHubAllocatedAfter(Instant.now().minus(ServiceInstance.REPLAN_INTERVAL)));
        Duration settled = Duration.between(settleStart, Instant.now());

        // Steady state: over two re-plan intervals every hub hears from exactly one instance, its lease holder.
        Instant windowStart = Instant.now();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> fleet.hubIds().stream().allMatch(hub -> allocations.of(hub, windowStart).size() >= 2));
        Map<String, String> owners = leaseHolders();
        for (String hubId : fleet.hubIds()) {
            assertThat(allocations.of(hubId, windowStart)).as("allocations of %s", hubId)
                    .extracting(AllocationEvent::ownerInstance)
                    .containsOnly(owners.get(hubId));
        }

        String victim = byInstance(owners).entrySet().stream()
                .max(Map.Entry.comparingByValue(Comparator.comparingInt(List::size)))
                .orElseThrow().getKey();
        List<String> victimHubs = byInstance(owners).get(victim);
        Instant killedAt = Instant.now();
        instances.get(victim).kill();

        await().atMost(FAILOVER_LIMIT.plusSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> victimHubs.stream().allMatch(hub -> takeover(hub, victim, killedAt) != null));
        Map<String, Duration> takeoverTimes = new TreeMap<>();
        for (String hubId : victimHubs) {
            takeoverTimes.put(hubId, Duration.between(killedAt, takeover(hubId, victim, killedAt).ts()));
        }
        Duration slowest = takeoverTimes.values().stream().max(Duration::compareTo).orElseThrow();
        // Every hub, taken over or not, has an allocation after the kill within the limit.
        Map<String, Duration> firstAfterKill = new TreeMap<>();
        for (String hubId : fleet.hubIds()) {
            firstAfterKill.put(hubId, Duration.between(killedAt, allocations.of(hubId, killedAt).get(0).ts()));
        }

        // After the takeover: one publisher per hub, and epochs never go back.
        Instant afterTakeover = Instant.now();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> fleet.hubIds().stream().allMatch(hub -> allocations.of(hub, afterTakeover).size() >= 2));
        Map<String, String> newOwners = leaseHolders();
        for (String hubId : victimHubs) {
            AllocationEvent first = takeover(hubId, victim, killedAt);
            List<AllocationEvent> since = allocations.of(hubId, first.ts().minusNanos(1));
            assertThat(since).as("allocations of %s since its takeover", hubId)
                    .extracting(AllocationEvent::ownerInstance)
                    .containsOnly(first.ownerInstance(), newOwners.get(hubId));
            assertThat(first.ownerInstance()).isEqualTo(newOwners.get(hubId));
        }
        assertEpochsNeverGoBack();
        List<AllocationEvent> all = allocations.all();
        long overLimit = all.stream().filter(event -> !AllocationLog.withinLimit(event)).count();

        System.out.printf("Scale test, failover: %d hubs on 3 instances settled in %.1f s (%s); kill -9 of %s"
                        + " owning %d hubs; taken over by %s after %s; slowest %.1f s (limit %d s); first allocation"
                        + " of every hub after the kill within %.1f s; %d allocations checked, %d over a limit;"
                        + " simulator: %d limit breaches, %d allocations of an older owner ignored%n",
                HUBS, settled.toMillis() / 1000.0, counts(owners), victim, victimHubs.size(),
                counts(newOwners), seconds(takeoverTimes.values()), slowest.toMillis() / 1000.0,
                FAILOVER_LIMIT.toSeconds(),
                firstAfterKill.values().stream().max(Duration::compareTo).orElseThrow().toMillis() / 1000.0,
                all.size(), overLimit, fleet.limitBreaches(), fleet.staleOwnerAllocations());
        instances.remove(victim);
        assertThat(slowest).isLessThanOrEqualTo(FAILOVER_LIMIT);
        assertThat(firstAfterKill.values()).allMatch(time -> time.compareTo(FAILOVER_LIMIT) <= 0);
        assertThat(overLimit).isZero();
        assertThat(fleet.limitBreaches()).as(fleet.summary()).isZero();
    }

    @Test
    @Order(2)
    void anInstanceThatJoinsGetsAnEvenShareWithoutAGapInAllocations() throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> evenlyOwned(2));
        Map<String, String> before = leaseHolders();
        Instant joinedAt = Instant.now();
        start("scale-d").awaitOnline(Duration.ofSeconds(120));
        Instant online = Instant.now();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> evenlyOwned(3));
        Duration rebalanced = Duration.between(online, Instant.now());
        Map<String, String> after = leaseHolders();

        // Each moved hub: its new owner's first allocation, then nothing more from the old one.
        List<String> moved = fleet.hubIds().stream().filter(hub -> !before.get(hub).equals(after.get(hub))).toList();
        Instant settled = Instant.now();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> moved.stream().allMatch(hub -> allocations.of(hub, settled).size() >= 2));
        for (String hubId : moved) {
            AllocationEvent first = allocations.of(hubId, joinedAt).stream()
                    .filter(event -> event.ownerInstance().equals(after.get(hubId)))
                    .findFirst().orElseThrow();
            assertThat(allocations.of(hubId, first.ts().minusNanos(1))).as("allocations of %s since it moved", hubId)
                    .extracting(AllocationEvent::ownerInstance)
                    .containsOnly(after.get(hubId));
        }
        assertEpochsNeverGoBack();

        // A controller never runs out of a valid allocation: the longest silence is within an allocation's validity.
        Duration validity = ServiceInstance.REPLAN_INTERVAL.multipliedBy(2);
        Duration longestGap = Duration.ZERO;
        for (String hubId : fleet.hubIds()) {
            List<AllocationEvent> events = allocations.of(hubId, joinedAt);
            for (int i = 1; i < events.size(); i++) {
                Duration gap = Duration.between(events.get(i - 1).ts(), events.get(i).ts());
                longestGap = gap.compareTo(longestGap) > 0 ? gap : longestGap;
            }
        }
        List<AllocationEvent> all = allocations.all();
        long overLimit = all.stream().filter(event -> !AllocationLog.withinLimit(event)).count();
        System.out.printf("Scale test, rebalance: %d hubs on 2 instances %s; a third joined, even share"
                        + " (4 ± 10 %%) %.1f s after it was online: %s; %d hubs moved; longest gap between"
                        + " allocations of a hub %.1f s (validity %d s, re-plan interval %d s); %d allocations"
                        + " checked, %d over a limit; simulator: %d limit breaches%n",
                HUBS, counts(before), rebalanced.toMillis() / 1000.0, counts(after), moved.size(),
                longestGap.toMillis() / 1000.0, validity.toSeconds(), ServiceInstance.REPLAN_INTERVAL.toSeconds(),
                all.size(), overLimit, fleet.limitBreaches());
        assertThat(longestGap).isLessThan(validity);
        assertThat(overLimit).isZero();
        assertThat(fleet.limitBreaches()).as(fleet.summary()).isZero();
    }

    /**
     * A request stored through the REST API of an instance that does not own the hub (here: its row
     * written and the notice sent as that instance would) is planned by the owner.
     */
    @Test
    @Order(3)
    void aRequestStoredThroughAnotherInstanceIsPlannedByTheHubsOwner() throws Exception {
        String hubId = fleet.hubIds().get(0);
        String vehicleId = prefix + "-rest-ev";
        String requestId = prefix + "-rest-req";
        Instant now = Instant.now();
        execute("insert into vehicles (id, battery_capacity_kwh, max_charge_power_kw, soc_percent, priority_class)"
                + " values ('" + vehicleId + "', 60, 11, 30, 'NORMAL')");
        execute("insert into charging_requests (id, hub_id, vehicle_id, arrival_at, departure_at, target_soc_percent,"
                + " status, created_at) values ('" + requestId + "', '" + hubId + "', '" + vehicleId + "', now(),"
                + " now() + interval '4 hours', 80, 'PENDING', now())");
        try (TestClient otherInstance = new TestClient(broker.url())) {
            otherInstance.publish(Topic.requestNotice(hubId), requestId);
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> count("select count(*) from plan_allocations a join plans p on p.id = a.plan_id"
                        + " where p.hub_id = '" + hubId + "' and a.vehicle_id = '" + vehicleId + "'") > 0);
        System.out.printf("Scale test, request hand-over: a request stored elsewhere for %s was planned by its owner"
                + " %s within %.1f s%n", hubId, leaseHolders().get(hubId),
                Duration.between(now, Instant.now()).toMillis() / 1000.0);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The first allocation of the hub after the kill from another instance than the victim, or null. */
    private AllocationEvent takeover(String hubId, String victim, Instant killedAt) {
        return allocations.of(hubId, killedAt).stream()
                .filter(event -> !event.ownerInstance().equals(victim))
                .findFirst().orElse(null);
    }

    /** Per hub, in publication order, the owner's epoch never decreases, and one epoch is one instance's. */
    private void assertEpochsNeverGoBack() {
        for (String hubId : fleet.hubIds()) {
            long highest = Long.MIN_VALUE;
            Map<Long, String> instanceByEpoch = new HashMap<>();
            for (AllocationEvent event : allocations.of(hubId, Instant.EPOCH)) {
                assertThat(event.ownerEpoch()).as("epoch of %s at %s", hubId, event.ts()).isGreaterThanOrEqualTo(highest);
                highest = event.ownerEpoch();
                assertThat(instanceByEpoch.computeIfAbsent(event.ownerEpoch(), epoch -> event.ownerInstance()))
                        .as("instance of epoch %d of %s", event.ownerEpoch(), hubId)
                        .isEqualTo(event.ownerInstance());
            }
        }
    }

    private boolean everyHubAllocatedAfter(Instant since) {
        return fleet.hubIds().stream().allMatch(hub -> !allocations.of(hub, since).isEmpty());
    }

    /** Every simulated hub leased, by {@code instances} instances, each within ±10 % of an even share. */
    private boolean evenlyOwned(int instanceCount) {
        Map<String, String> owners = leaseHolders();
        if (!owners.keySet().containsAll(fleet.hubIds())) {
            return false;
        }
        Map<String, List<String>> byInstance = byInstance(owners);
        double share = (double) HUBS / instanceCount;
        return byInstance.size() == instanceCount && byInstance.values().stream()
                .allMatch(hubs -> Math.abs(hubs.size() - share) <= share * 0.1);
    }

    /** Hub to instance, from the lease rows of the lock registry that are not expired. */
    private Map<String, String> leaseHolders() {
        Map<String, String> hubByKey = new HashMap<>();
        fleet.hubIds().forEach(hub -> hubByKey.put(UUIDConverter.getUUID(LeaseKeeper.lockKeyOf(hub)).toString(), hub));
        Map<String, String> instanceByClient = new HashMap<>();
        for (String id : List.of("scale-a", "scale-b", "scale-c", "scale-d")) {
            instanceByClient.put(LeaseKeeper.clientIdOf(id), id);
        }
        Map<String, String> owners = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select lock_key, client_id from int_lock where region = '"
                        + LeaseKeeper.REGION + "' and created_date > (now() at time zone 'utc') - interval '10 seconds'")) {
            while (rows.next()) {
                String hub = hubByKey.get(rows.getString(1));
                if (hub != null) {
                    owners.put(hub, instanceByClient.get(rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return owners;
    }

    private static Map<String, List<String>> byInstance(Map<String, String> owners) {
        return owners.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new,
                Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    }

    private static String counts(Map<String, String> owners) {
        return byInstance(owners).entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue().size())
                .collect(Collectors.joining(", "));
    }

    private static String seconds(Collection<Duration> durations) {
        List<String> figures = new ArrayList<>();
        durations.stream().sorted().forEach(duration -> figures.add(String.format("%.1f", duration.toMillis() / 1000.0)));
        return String.join("/", figures) + " s";
    }
}
