package org.wptdlm.web.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.wptdlm.ingest.mqtt.MqttConnection;

/** The MQTT connection shows in the service's health, with the live loop on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dlm.mqtt.enabled=true")
class MqttHealthIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    MqttConnection connection;

    @Test
    void healthShowsTheBrokerConnection() {
        await("MQTT connected").atMost(Duration.ofSeconds(15)).until(connection::isConnected);

        ResponseEntity<String> health = http.withBasicAuth("admin", "admin").getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(health.getBody()).contains("\"mqtt\":{\"status\":\"UP\"").contains(connection.clientId());
    }
}
