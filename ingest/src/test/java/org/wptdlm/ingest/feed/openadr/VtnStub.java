package org.wptdlm.ingest.feed.openadr;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP OpenADR 3 VTN on loopback: {@code POST /token} hands out a Bearer token for the right
 * client id and secret (HTTP Basic, client credentials grant), {@code GET /events} serves the
 * current events body to holders of that token only.
 */
final class VtnStub implements AutoCloseable {

    static final String CLIENT_ID = "ven-hub-north";
    static final String CLIENT_SECRET = "s3cret";
    private static final String TOKEN = "token-" + System.nanoTime();

    private final HttpServer server;
    private volatile String eventsBody = "[]";
    private final AtomicInteger tokensIssued = new AtomicInteger();
    final List<String> eventQueries = new CopyOnWriteArrayList<>();

    VtnStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/token", this::token);
        server.createContext("/openadr3/events", this::events);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/openadr3");
    }

    URI tokenUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
    }

    void serveEvents(String body) {
        eventsBody = body;
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod()) || !form.contains("grant_type=client_credentials")
                || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"invalid_client\",\"error_description\":\"bad client credentials\"}");
            return;
        }
        tokensIssued.incrementAndGet();
        send(exchange, 200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void events(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401}");
            return;
        }
        eventQueries.add(exchange.getRequestURI().getQuery());
        send(exchange, 200, eventsBody);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
