package org.wptdlm.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** JSON calls to the API as one user, for the integration tests. */
public final class ApiClient {

    private final TestRestTemplate rest;
    private final ObjectMapper json;

    public ApiClient(TestRestTemplate anonymous, ObjectMapper json, String user) {
        this.rest = anonymous.withBasicAuth(user, user);
        this.json = json;
    }

    public ResponseEntity<String> get(String path) {
        return rest.getForEntity(path, String.class);
    }

    public JsonNode getJson(String path) {
        return parse(get(path).getBody());
    }

    public ResponseEntity<String> post(String path, String body) {
        return rest.postForEntity(path, jsonBody(body), String.class);
    }

    public ResponseEntity<String> put(String path, String body) {
        return rest.exchange(path, HttpMethod.PUT, jsonBody(body), String.class);
    }

    public ResponseEntity<String> delete(String path) {
        return rest.exchange(path, HttpMethod.DELETE, null, String.class);
    }

    public JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
