package org.wptdlm.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who may call what, through the real filter chain of the running service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessRulesIntegrationTest {

    @Autowired
    private TestRestTemplate rest;

    @Test
    void healthAndApiDocumentationArePublic() {
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/openapi.json", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/docs", String.class).getStatusCode().is2xxSuccessful()
                || rest.getForEntity("/docs", String.class).getStatusCode().is3xxRedirection()).isTrue();
    }

    @Test
    void staticFilesArePublic() {
        for (String path : new String[] {"/favicon.ico", "/css/dashboard.css", "/js/dashboard.js",
                "/webjars/htmx.org/dist/htmx.min.js"}) {
            assertThat(rest.getForEntity(path, byte[].class).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void apiWithoutCredentialsIsUnauthorizedProblem() {
        ResponseEntity<String> response = rest.getForEntity("/api/hubs", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"status\":401");
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        ResponseEntity<String> response = rest.withBasicAuth("operator", "guess").getForEntity("/api/hubs", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void driverMayNotManageHubs() {
        ResponseEntity<String> response = rest.withBasicAuth("driver", "driver").getForEntity("/api/hubs", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"status\":403");
    }

    @Test
    void operatorPassesTheFilterChain() {
        ResponseEntity<String> response =
                rest.withBasicAuth("operator", "operator").getForEntity("/api/no-such-resource", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void metricsAreForAdminsOnly() {
        assertThat(rest.withBasicAuth("operator", "operator").getForEntity("/actuator/metrics", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/actuator/metrics", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void openApiDocumentNamesTheRolesOfEveryOperation() {
        String document = rest.getForObject("/openapi.json", String.class);

        assertThat(document).contains("\"x-roles\":[\"DRIVER\",\"OPERATOR\",\"ADMIN\"]")
                .contains("\"x-roles\":[\"OPERATOR\",\"ADMIN\"]")
                .doesNotContain("demo: operator/operator");
    }

    @Test
    void driverMayNotClaimEmergencyOrFleetPriority() {
        for (String priorityClass : new String[] {"EMERGENCY", "FLEET"}) {
            ResponseEntity<String> response = rest.withBasicAuth("driver", "driver")
                    .postForEntity("/api/charging-requests", requestFor("ev-001", priorityClass), String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("Only operators set priorityClass " + priorityClass);
        }
    }

    @Test
    void operatorMaySetEmergencyPriority() {
        ResponseEntity<String> response = rest.withBasicAuth("operator", "operator")
                .postForEntity("/api/charging-requests", requestFor("ev-001", "EMERGENCY"), String.class);

        assertThat(response.getStatusCode()).isNotEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void basicLoginOpensASessionTheClientMayGoOnWith() {
        ResponseEntity<String> login = rest.withBasicAuth("operator", "operator").getForEntity("/api/hubs", String.class);
        String sessionCookie = login.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(sessionCookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict");

        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, sessionCookie.substring(0, sessionCookie.indexOf(';')));
        ResponseEntity<String> next = rest.exchange("/api/hubs", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(next.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static HttpEntity<String> requestFor(String vehicleId, String priorityClass) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>("""
                {"hubId":"no-such-hub","vehicleId":"%s","departureAt":"2099-01-01T12:00:00Z","targetSocPercent":80,\
                "priorityClass":"%s"}""".formatted(vehicleId, priorityClass), headers);
    }
}
