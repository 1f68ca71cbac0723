package org.wptdlm.web.benchmark;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wptdlm.domain.benchmark.BenchmarkRun;

@RestController
@RequestMapping("/api/benchmarks")
@Tag(name = "Benchmarks", description = "Replays of bundled session files over a capacity sweep, or the synthetic"
        + " instances, run in the background one at a time and stored. Roles: OPERATOR, ADMIN.")
class BenchmarkController {

    private final BenchmarkJobs jobs;
    private final BenchmarkData data;
    private final BenchmarkProperties properties;

    BenchmarkController(BenchmarkJobs jobs, BenchmarkData data, BenchmarkProperties properties) {
        this.jobs = jobs;
        this.data = data;
        this.properties = properties;
    }

    @PostMapping
    @Operation(summary = "Start a benchmark", description = "202 with its progress; 429 while another runs; 400 for a"
            + " file that is not bundled, an unknown strategy or no capacity. Example: {\"kind\":\"REPLAY\","
            + "\"sessionFile\":\"acn-caltech-2019-03.json\",\"capacitiesKw\":[10,20,30],\"strategies\":[\"dlm\",\"llf\",\"optimal\"]}")
    ResponseEntity<BenchmarkJob.Progress> start(@RequestBody BenchmarkRequest request) {
        return ResponseEntity.accepted().body(jobs.start(request.parameters(data)));
    }

    @GetMapping("/current")
    @Operation(summary = "The running (or last) benchmark's progress", description = "404 when none ran since the start.")
    BenchmarkJob.Progress current() {
        return jobs.current().orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No benchmark ran since the service started."));
    }

    @DeleteMapping("/current")
    @Operation(summary = "Cancel the running benchmark", description = "It stops after its present step and is stored"
            + " as CANCELLED with the points it has; 404 when none runs.")
    ResponseEntity<Void> cancel() {
        if (!jobs.cancel()) {
            throw problem(HttpStatus.NOT_FOUND, "No benchmark is running.");
        }
        return ResponseEntity.accepted().build();
    }

    @GetMapping
    @Operation(summary = "Stored benchmark runs", description = "Newest first, with parameters and points.")
    List<BenchmarkRun> runs() {
        return jobs.latestRuns(properties.keptRuns());
    }

    @GetMapping("/{id}")
    BenchmarkRun run(@PathVariable long id) {
        return jobs.run(id).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "There is no benchmark run " + id + "."));
    }

    @ExceptionHandler(BenchmarkBusyException.class)
    ResponseEntity<ProblemDetail> busy(BenchmarkBusyException busy) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, busy.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException invalid) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage()));
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
