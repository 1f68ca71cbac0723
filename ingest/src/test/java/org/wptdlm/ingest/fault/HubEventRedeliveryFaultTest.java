package org.wptdlm.ingest.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.context.ConfigurableApplicationContext;
import org.wptdlm.ingest.rejection.RejectionReason;
import org.wptdlm.ingest.support.IngestTestApplication;
import org.wptdlm.ingest.support.MosquittoProcess;
import org.wptdlm.ingest.support.PostgresCluster;
import org.wptdlm.ingest.support.StoredRows;
import org.wptdlm.ingest.support.TestClient;

/**
 * A hub event stored just before the service stopped, but not yet acknowledged to the broker, is
 * delivered again to the restarted service (QoS 1). It must be recorded once, and take no DLM
 * event number: the next event follows without a gap.
 */
@EnabledIf("org.wptdlm.ingest.support.IngestTestApplication#brokerAndDatabaseInstalled")
class HubEventRedeliveryFaultTest {

    @Test
    void aHubEventDeliveredAgainAfterARestartIsRecordedOnce() throws Exception {
        String clientId = "redeliver-" + UUID.randomUUID().toString().substring(0, 6);
        String hubId = "redeliver-" + UUID.randomUUID().toString().substring(0, 6);
        String events = "iot/hubs/" + hubId + "/dlm/events";
        Instant faultAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String fault = "{\"type\":\"NODE_FAULT\",\"nodeId\":\"pad-1\",\"faultCode\":\"E42\",\"ts\":\"" + faultAt + "\"}";
        try (MosquittoProcess broker = new MosquittoProcess().start();
                PostgresCluster database = new PostgresCluster().start();
                TestClient hub = new TestClient(broker.url())) {
            StoredRows rows = new StoredRows(database.jdbcUrl());
            try (ConfigurableApplicationContext service = IngestTestApplication.startInProcess(broker.url(), database.jdbcUrl(), clientId)) {
                broker.awaitServiceOnline(clientId);
                hub.publish("iot/hubs/" + hubId + "/info",
                        "{\"name\":\"Redelivery\",\"latitude\":52.5,\"longitude\":13.4,\"gridLimitKw\":22}", true);
                hub.publish("iot/hubs/" + hubId + "/nodes/pad-1/info", "{\"maxPowerKw\":11,\"efficiency\":0.9}", true);
                await().atMost(Duration.ofSeconds(20)).until(() -> rows.pads(hubId) == 1);
                hub.publish(events, fault);
                await().atMost(Duration.ofSeconds(20)).until(() -> !rows.hubEvents(hubId).isEmpty());
            }
            long refusedBefore = rows.rejections(hubId, RejectionReason.DUPLICATE.code());
            try (ConfigurableApplicationContext restarted = IngestTestApplication.startInProcess(broker.url(), database.jdbcUrl(), clientId)) {
                broker.awaitServiceOnline(clientId);
                hub.publish(events, fault);
                hub.publish(events, "{\"type\":\"NODE_RECOVERED\",\"nodeId\":\"pad-1\",\"ts\":\""
                        + faultAt.plusSeconds(1) + "\"}");
                await().atMost(Duration.ofSeconds(20)).until(() -> rows.hubEvents(hubId).size() > 1);
                long refused = rows.rejections(hubId, RejectionReason.DUPLICATE.code()) - refusedBefore;
                long skipped = rows.dlmEventNumbersSkipped(hubId);
                System.out.printf("Fault test, hub event delivered again after a restart: hub events recorded %s,"
                        + " the redelivery refused as a duplicate %d time(s), DLM event numbers skipped %d%n",
                        rows.hubEvents(hubId), refused, skipped);
                assertThat(rows.hubEvents(hubId)).containsExactly("NODE_FAULT", "NODE_RECOVERED");
                assertThat(refused).isEqualTo(1);
                assertThat(skipped).isZero();
            }
        }
    }
}
