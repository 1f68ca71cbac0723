package org.wptdlm.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The live-update stream over real HTTP: a hub page hears of its own hub only, the overview of every hub. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveUpdatesIntegrationTest {

    private static final String OPERATOR = "Basic " + Base64.getEncoder().encodeToString("operator:operator".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    private int port;

    @Autowired
    private LiveUpdates liveUpdates;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hubPageHearsOfItsOwnHubOnceAPushInterval() throws Exception {
        try (BufferedReader lines = open("/dashboard/stream?hub=hub-live-1")) {

            liveUpdates.hubChanged("hub-other", HubChange.PLAN);
            liveUpdates.hubChanged("hub-live-1", HubChange.TELEMETRY);
            liveUpdates.hubChanged("hub-live-1", HubChange.TELEMETRY);
            liveUpdates.push();

            List<String> event = readEvent(lines);
            assertThat(event).containsExactly("event:telemetry", "data:hub-live-1");
        }
    }

    @Test
    void overviewHearsWhichHubsChanged() throws Exception {
        try (BufferedReader lines = open("/dashboard/stream")) {

            liveUpdates.hubChanged("hub-b", HubChange.EVENTS);
            liveUpdates.hubChanged("hub-a", HubChange.PLAN);
            liveUpdates.push();

            // Usually one event names both; the scheduled push may have split them between two.
            List<String> event = readEvent(lines);
            assertThat(event).first().isEqualTo("event:hubs");
            if (!event.contains("data:hub-a,hub-b")) {
                assertThat(event).containsExactly("event:hubs", "data:hub-b");
                assertThat(readEvent(lines)).containsExactly("event:hubs", "data:hub-a");
            }
        }
    }

    @Test
    void streamNeedsSignIn() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("/dashboard/stream"))).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isIn(302, 401);
    }

    /** Opens the stream and reads its first line, which the server sends at once. */
    private BufferedReader open(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", OPERATOR)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo(":connected");
        return lines;
    }

    /** The lines of the next event, skipping comments and blank separators; fails after five seconds. */
    private static List<String> readEvent(BufferedReader lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            List<String> event = new ArrayList<>();
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty() && !event.isEmpty()) {
                        return event;
                    }
                    if (!line.isEmpty() && !line.startsWith(":")) {
                        event.add(line);
                    }
                }
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            return event;
        }).get(5, TimeUnit.SECONDS);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
