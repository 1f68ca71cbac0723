package org.wptdlm.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jooq.JooqTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wptdlm.db.embedded.EmbeddedDatabase;
import org.wptdlm.db.event.DlmEventRepository;
import org.wptdlm.db.hub.CircuitRepository;
import org.wptdlm.db.hub.HubRepository;
import org.wptdlm.db.pad.PadRepository;
import org.wptdlm.db.plan.PlanRepository;
import org.wptdlm.db.rejected.RejectedMessageRepository;
import org.wptdlm.db.request.ChargingRequestRepository;
import org.wptdlm.db.reset.DatabaseReset;
import org.wptdlm.db.signal.SignalScheduleRepository;
import org.wptdlm.db.situation.HubSituationRepository;
import org.wptdlm.db.telemetry.PadTelemetryRepository;
import org.wptdlm.db.telemetry.VehicleTelemetryRepository;
import org.wptdlm.db.vehicle.VehicleRepository;
import org.wptdlm.db.whatif.WhatIfRepository;

/**
 * Base of the repository tests: Flyway migrates a real PostgreSQL, each test runs in a transaction
 * that is rolled back (including the emptying of the tables before it). The machine's PostgreSQL when {@code SPRING_DATASOURCE_URL} is set (as in CI),
 * otherwise an embedded one on a free port with its data under {@code target/}. All repository tests
 * share one application context.
 */
@JooqTest
@Import({
        HubRepository.class,
        CircuitRepository.class,
        PadRepository.class,
        VehicleRepository.class,
        ChargingRequestRepository.class,
        VehicleTelemetryRepository.class,
        PadTelemetryRepository.class,
        PlanRepository.class,
        DlmEventRepository.class,
        RejectedMessageRepository.class,
        WhatIfRepository.class,
        HubSituationRepository.class,
        SignalScheduleRepository.class,
        DatabaseReset.class})
public abstract class RepositoryTest {

    @Autowired
    DatabaseReset reset;

    /** The database may hold data of other test runs (the machine's); each test sees it empty. */
    @BeforeEach
    void emptyDatabase() {
        reset.deleteAllData();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (System.getenv("SPRING_DATASOURCE_URL") != null) {
            return;
        }
        EmbeddedDatabase database = TestDatabase.INSTANCE;
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", () -> "");
    }

    /** Started on first use, once per test JVM, in a fresh directory so no old schema gets in the way. */
    private static final class TestDatabase {

        static final EmbeddedDatabase INSTANCE = start();

        private static EmbeddedDatabase start() {
            try {
                Files.createDirectories(Path.of("target"));
                Path directory = Files.createTempDirectory(Path.of("target"), "test-postgres-");
                return EmbeddedDatabase.start(directory, 0, "test database port");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
