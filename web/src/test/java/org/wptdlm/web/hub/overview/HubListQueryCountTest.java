package org.wptdlm.web.hub.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wptdlm.db.jooq.Tables.CHARGING_REQUESTS;
import static org.wptdlm.db.jooq.Tables.HUBS;
import static org.wptdlm.db.jooq.Tables.NODES;
import static org.wptdlm.db.jooq.Tables.NODE_TELEMETRY;
import static org.wptdlm.db.jooq.Tables.VEHICLES;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.TableRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.wptdlm.db.jooq.tables.records.ChargingRequestsRecord;
import org.wptdlm.db.jooq.tables.records.HubsRecord;
import org.wptdlm.db.jooq.tables.records.NodeTelemetryRecord;
import org.wptdlm.db.jooq.tables.records.NodesRecord;
import org.wptdlm.db.jooq.tables.records.VehiclesRecord;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.domain.hub.HubStatus;
import org.wptdlm.domain.pad.PadStatus;
import org.wptdlm.domain.request.ChargingRequestStatus;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.web.figures.HubFigures;
import org.wptdlm.web.figures.HubFiguresCalculator;

/**
 * The Hubs page with 500 hubs of 6 pads, 3 parked vehicles and fresh readings each costs one SQL
 * statement, not one (or more) per hub. MockMvc serves the page on the test's own thread, so the
 * statements counted are the page's, not the live loop's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(HubListQueryCountTest.StatementCounting.class)
class HubListQueryCountTest {

    static final int HUBS_SEEDED = 500;
    static final int PADS_PER_HUB = 6;
    static final int VEHICLES_PER_HUB = 3;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private DSLContext dsl;

    @Autowired
    private StatementCounting counting;

    @Autowired
    private HubFiguresCalculator figures;

    private final String run = "qc" + UUID.randomUUID().toString().substring(0, 6) + "-";

    @TestConfiguration
    static class StatementCounting {

        private final ThreadLocal<Boolean> counted = ThreadLocal.withInitial(() -> false);
        private final AtomicInteger statements = new AtomicInteger();

        @Bean
        ExecuteListenerProvider statementCounter() {
            return () -> new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext context) {
                    if (counted.get()) {
                        statements.incrementAndGet();
                    }
                }
            };
        }

        int countDuring(ThrowingRunnable work) throws Exception {
            statements.set(0);
            counted.set(true);
            try {
                work.run();
            } finally {
                counted.set(false);
            }
            return statements.get();
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @BeforeEach
    void seedHubs() {
        Instant now = Instant.now();
        List<TableRecord<?>> rows = new ArrayList<>();
        List<TableRecord<?>> dependent = new ArrayList<>();
        for (int h = 0; h < HUBS_SEEDED; h++) {
            String hubId = run + "hub-" + h;
            rows.add(new HubsRecord(hubId, "Hub " + h, null, 52.5, 13.4, 66.0, HubStatus.ONLINE, 0L, now));
            for (int p = 1; p <= PADS_PER_HUB; p++) {
                dependent.add(new NodesRecord(hubId, "pad-" + p, 11.0, 0.92, PadStatus.OCCUPIED, null, now));
            }
            for (int v = 1; v <= VEHICLES_PER_HUB; v++) {
                String vehicleId = hubId + "-ev-" + v;
                rows.add(new VehiclesRecord(vehicleId, null, 60.0, 11.0, v == 1 ? 12.0 : 50.0, PriorityClass.NORMAL, now));
                dependent.add(new ChargingRequestsRecord(vehicleId + "-req", hubId, vehicleId, "pad-" + v, now,
                        now.plus(4, ChronoUnit.HOURS), 80.0, null, null, ChargingRequestStatus.ACTIVE, now, null));
                dependent.add(new NodeTelemetryRecord(hubId, "pad-" + v, now, 1L, 7.5, 1.0, 97.0, true, vehicleId, now));
            }
        }
        dsl.batchInsert(rows).execute();
        dsl.batchInsert(dependent.stream().filter(NodesRecord.class::isInstance).toList()).execute();
        dsl.batchInsert(dependent.stream().filter(row -> !(row instanceof NodesRecord)).toList()).execute();
    }

    @AfterEach
    void removeHubs() {
        dsl.deleteFrom(NODE_TELEMETRY).where(NODE_TELEMETRY.HUB_ID.startsWith(run)).execute();
        dsl.deleteFrom(CHARGING_REQUESTS).where(CHARGING_REQUESTS.HUB_ID.startsWith(run)).execute();
        dsl.deleteFrom(VEHICLES).where(VEHICLES.ID.startsWith(run)).execute();
        dsl.deleteFrom(NODES).where(NODES.HUB_ID.startsWith(run)).execute();
        dsl.deleteFrom(HUBS).where(HUBS.ID.startsWith(run)).execute();
    }

    @Test
    void theHubsPageOf500HubsIsOneQuery() throws Exception {
        int statements = counting.countDuring(() -> mvc.perform(get("/hubs").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk()));

        assertThat(statements).isEqualTo(1);
        long[][] renders = renderMillis(5);
        System.out.printf("Hubs page, %d hubs: %s ms per render, of which CPU of the rendering thread %s ms"
                + " (5 renders after the first)%n", HUBS_SEEDED, Arrays.toString(renders[0]), Arrays.toString(renders[1]));
    }

    @Test
    void everySeededHubHasItsPadsRequestsAndReadingsInThatQuery() {
        // The page holds 500 hubs by id; other tests' hubs in the same database may come first.
        int before = dsl.fetchCount(HUBS, HUBS.ID.lt(run));
        List<HubFigures> seeded = figures.all().stream().filter(hub -> hub.id().startsWith(run)).toList();

        assertThat(seeded).hasSize(Math.max(0, Math.min(HUBS_SEEDED, PageQuery.MAX_SIZE - before))).allSatisfy(hub -> {
            assertThat(hub.vehiclesCharging()).isEqualTo(VEHICLES_PER_HUB);
            assertThat(hub.vehiclesWaiting()).isZero();
            assertThat(hub.criticalVehicleIds()).containsExactly(hub.id() + "-ev-1");
            assertThat(hub.drawKw()).isCloseTo(VEHICLES_PER_HUB * 7.5 / 0.92, offset(1e-9));
        });
    }

    /**
     * Wall time and the test thread's CPU time of each render. MockMvc renders on this thread, so its CPU
     * time is the page's Java work without the database's; it varies less than wall time on a busy machine.
     */
    private long[][] renderMillis(int renders) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] millis = new long[2][renders];
        for (int i = 0; i < renders; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            mvc.perform(get("/hubs").with(user("operator").roles("OPERATOR"))).andExpect(status().isOk());
            millis[0][i] = (System.nanoTime() - start) / 1_000_000;
            millis[1][i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        }
        return millis;
    }
}
