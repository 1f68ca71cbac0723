package org.wptdlm.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.wptdlm.db.benchmark.BenchmarkRunRepository;
import org.wptdlm.domain.benchmark.BenchmarkKind;
import org.wptdlm.domain.benchmark.BenchmarkParameters;
import org.wptdlm.domain.benchmark.BenchmarkPoint;
import org.wptdlm.domain.benchmark.BenchmarkRun;
import org.wptdlm.domain.benchmark.BenchmarkStatus;
import org.wptdlm.web.ApiClient;

/** Benchmarks over the REST API, replaying the bundled ACN file: one at a time, cancellable, stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BenchmarkApiIntegrationTest {

    /** The repository's bundled files; tests run in the web module's directory. */
    static final Path BUNDLED_DATA = Path.of("..", "benchmark-data").toAbsolutePath().normalize();

    private static final String ACN = "acn-caltech-2019-03.json";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private BenchmarkJobs jobs;

    @Autowired
    private BenchmarkRunRepository runs;

    @DynamicPropertySource
    static void bundledData(DynamicPropertyRegistry registry) {
        registry.add("dlm.benchmark.data-directory", BUNDLED_DATA::toString);
    }

    private ApiClient operator() {
        return new ApiClient(rest, json, "operator");
    }

    @AfterEach
    void waitUntilIdle() {
        jobs.cancel();
        await().atMost(PATIENCE).until(() -> jobs.current().map(BenchmarkJob.Progress::done).orElse(true));
    }

    @Test
    void aReplayIsStoredWithItsParametersAndOnePointPerStrategyAndCapacity() {
        ResponseEntity<String> started = operator().post("/api/benchmarks", replay("[20, 30]", "[\"llf\", \"optimal\"]"));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long id = operator().parse(started.getBody()).get("runId").asLong();
        JsonNode run = awaitEnd(id);
        assertThat(run.get("status").asText()).isEqualTo("FINISHED");
        assertThat(run.get("parameters").get("source").asText()).isEqualTo(ACN);
        assertThat(run.get("parameters").get("capacitiesKw").toString()).isEqualTo("[20.0,30.0]");
        JsonNode points = run.get("points");
        assertThat(points).hasSize(4);
        // The perfect-foresight optimum is an upper bound on every online strategy.
        for (int capacity = 0; capacity < 2; capacity++) {
            JsonNode llf = points.get(2 * capacity);
            JsonNode optimal = points.get(2 * capacity + 1);
            assertThat(llf.get("strategy").asText()).isEqualTo("llf");
            assertThat(optimal.get("energyPercent").asDouble()).isGreaterThanOrEqualTo(llf.get("energyPercent").asDouble() - 1e-6);
            assertThat(llf.get("peakKw").asDouble()).isLessThanOrEqualTo(llf.get("capacityKw").asDouble() + 1e-6);
        }
        assertThat(operator().getJson("/api/benchmarks").findValuesAsText("id")).contains(String.valueOf(id));
    }

    @Test
    void aSecondBenchmarkWhileOneRunsIsRefusedWith429AndTheFirstCanBeCancelled() {
        String sweep = replay("[10, 20, 30, 40, 50, 60, 70, 80]", "[\"dlm\", \"llf\", \"edf\", \"fcfs\", \"round-robin\", \"optimal\"]");
        long id = operator().parse(operator().post("/api/benchmarks", sweep).getBody()).get("runId").asLong();

        ResponseEntity<String> second = operator().post("/api/benchmarks", sweep);
        ResponseEntity<String> cancelled = operator().delete("/api/benchmarks/current");

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(operator().parse(second.getBody()).get("detail").asText()).contains("still running");
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode run = awaitEnd(id);
        assertThat(run.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(run.get("points").size()).isLessThan(48);
    }

    @Test
    void aFileThatIsNotBundledIsABadRequest() {
        ResponseEntity<String> refused = operator().post("/api/benchmarks",
                "{\"kind\":\"REPLAY\",\"sessionFile\":\"../../etc/passwd\",\"capacitiesKw\":[10],\"strategies\":[\"llf\"]}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(operator().parse(refused.getBody()).get("detail").asText()).contains(ACN);
    }

    @Test
    void theSyntheticInstancesAreMeasuredAgainstTheLpBound(@TempDir Path instances) throws Exception {
        Files.copy(BUNDLED_DATA.resolve("small.json"), instances.resolve("small.json"));
        BenchmarkJobs smallOnly = new BenchmarkJobs(runs, new BenchmarkData(new BenchmarkProperties(instances, null)),
                Clock.systemUTC());
        try {
            long id = smallOnly.start(new BenchmarkParameters(BenchmarkKind.SYNTHETIC, "instances", List.of(),
                    List.of("greedy", "timefold"), 1)).runId();

            BenchmarkRun run = await().atMost(PATIENCE).until(() -> runs.findById(id).orElseThrow(),
                    stored -> stored.status() != BenchmarkStatus.RUNNING);
            assertThat(run.status()).isEqualTo(BenchmarkStatus.FINISHED);
            assertThat(run.points()).extracting(BenchmarkPoint::strategy).containsExactly("greedy", "timefold");
            assertThat(run.points()).allSatisfy(point -> {
                assertThat(point.label()).isEqualTo("small");
                assertThat(point.energyPercent()).isBetween(50.0, 100.0 + 1e-6);
            });
        } finally {
            smallOnly.destroy();
        }
    }

    private static String replay(String capacitiesKw, String strategies) {
        return "{\"kind\":\"REPLAY\",\"sessionFile\":\"" + ACN + "\",\"capacitiesKw\":" + capacitiesKw + ",\"strategies\":"
                + strategies + "}";
    }

    private JsonNode awaitEnd(long id) {
        return await().atMost(PATIENCE).until(() -> operator().getJson("/api/benchmarks/" + id),
                run -> !"RUNNING".equals(run.get("status").asText()));
    }
}
