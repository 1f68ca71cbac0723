package org.wptdlm.solver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wptdlm.domain.planning.Plan;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.solver.TestProblems;
import org.wptdlm.solver.io.PlanningJson;
import org.wptdlm.solver.kpi.PlanChecker;
import picocli.CommandLine;

class PlanCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new PlanCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void writesAPlanAndPrintsKpisWithBoundAndGap() {
        PlanningProblem problem = TestProblems.hourly(4, 12, List.of(TestProblems.pad("P1", 11), TestProblems.pad("P2", 11)),
                List.of(TestProblems.session("S1", 0, 4, 30, 11), TestProblems.session("S2", 1, 3, 15, 11)));
        Path problemFile = dir.resolve("problem.json");
        Path planFile = dir.resolve("plan.json");
        PlanningJson.write(problemFile, problem);

        int exit = run("--problem", problemFile.toString(), "--out", planFile.toString(), "--strategy", "greedy");

        assertThat(exit).as(err.toString()).isZero();
        Plan plan = PlanningJson.readPlan(planFile);
        assertThat(PlanChecker.violationsOf(problem, plan)).isEmpty();
        assertThat(out.toString()).contains("energy delivered:", "LP upper bound:", "gap");
    }

    @Test
    void badProblemFileNamesTheFieldAndExitsNonZero() throws IOException {
        Path problemFile = dir.resolve("bad.json");
        Files.writeString(problemFile, """
                {"start":"2026-03-01T00:00:00Z","slotMinutes":15,"slots":4,
                 "hub":{"id":"H1","gridLimitKw":20},
                 "pads":[{"id":"P1","maxKw":11,"efficiency":0.9}],
                 "sessions":[{"id":"S1","vehicleId":"V1","arrivalSlot":2,"departureSlot":1,"energyKwh":5,"maxKw":11,"priority":0}]}
                """);

        int exit = run("--problem", problemFile.toString(), "--out", dir.resolve("plan.json").toString());

        assertThat(exit).isEqualTo(PlanCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("sessions[0].departureSlot must be > arrivalSlot (2), was 1");
        assertThat(Files.exists(dir.resolve("plan.json"))).isFalse();
    }

    @Test
    void missingNumberIsReportedByItsJsonPath() throws IOException {
        Path problemFile = dir.resolve("missing.json");
        Files.writeString(problemFile, """
                {"start":"2026-03-01T00:00:00Z","slotMinutes":15,"slots":4,
                 "hub":{"id":"H1","gridLimitKw":20},
                 "pads":[{"id":"P1","maxKw":11,"efficiency":0.9}],
                 "sessions":[{"id":"S1","vehicleId":"V1","arrivalSlot":0,"departureSlot":3,"maxKw":11,"priority":0}]}
                """);

        int exit = run("--problem", problemFile.toString(), "--out", dir.resolve("plan.json").toString());

        assertThat(exit).isEqualTo(PlanCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("sessions[0].energyKwh");
    }

    @Test
    void malformedJsonIsRejected() throws IOException {
        Path problemFile = dir.resolve("broken.json");
        Files.writeString(problemFile, "{\"start\": ");

        assertThat(run("--problem", problemFile.toString(), "--out", dir.resolve("plan.json").toString()))
                .isEqualTo(PlanCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("invalid problem");
    }
}
