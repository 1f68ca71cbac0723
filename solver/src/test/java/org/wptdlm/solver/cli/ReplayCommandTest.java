package org.wptdlm.solver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReplayCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new ReplayCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private Path replayFile() throws IOException {
        Path file = dir.resolve("sessions.json");
        Files.writeString(file, """
                {"slotMinutes":5,"start":"2019-03-01T08:00:00Z","stations":["CA-1","CA-2"],"sessions":[
                 {"id":"a","stationId":"CA-1","arrival":"2019-03-01T08:00:00Z","departure":"2019-03-01T10:00:00Z",
                  "estimatedDeparture":"2019-03-01T10:00:00Z","energyRequestedKwh":10.0,"maxKw":6.6},
                 {"id":"b","stationId":"CA-2","arrival":"2019-03-01T08:30:00Z","departure":"2019-03-01T09:30:00Z",
                  "estimatedDeparture":"2019-03-01T09:30:00Z","energyRequestedKwh":5.0,"maxKw":6.6}]}
                """);
        return file;
    }

    @Test
    void printsEnergyShareAndPeakPerCapacityAndStrategy() throws IOException {
        int exit = run("--sessions", replayFile().toString(), "--capacity-kw", "5,20", "--strategy", "dlm,llf,optimal");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 sessions, 15.0 kWh requested")
                .containsPattern("dlm\\s+20.0\\s+100.00")
                .containsPattern("optimal\\s+5.0");
    }

    @Test
    void unknownStrategyExitsNonZero() throws IOException {
        assertThat(run("--sessions", replayFile().toString(), "--capacity-kw", "5", "--strategy", "magic"))
                .isEqualTo(PlanCommand.INVALID_INPUT);
        assertThat(err.toString()).contains("--strategy magic is not one of");
    }
}
