package org.wptdlm.ingest;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.wptdlm.domain.vehicle.CriticalityRule;
import org.wptdlm.ingest.cluster.ClusterSettings;
import org.wptdlm.ingest.live.ReplanSettings;
import org.wptdlm.ingest.mqtt.MqttProperties;
import org.wptdlm.ingest.payload.PayloadParser;
import org.wptdlm.ingest.signal.SignalSettings;
import org.wptdlm.ingest.store.IngestSettings;
import org.wptdlm.solver.Planner;

/**
 * The live loop's shared beans, each replaceable by the application (an auto-configuration, so
 * {@code @ConditionalOnMissingBean} sees the application's own beans first).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties({ClusterSettings.class, MqttProperties.class, ReplanSettings.class, IngestSettings.class, SignalSettings.class})
public class IngestAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    Planner planner() {
        return new Planner();
    }

    /** The default rule when the application binds none (web binds {@code dlm.criticality.*}). */
    @Bean
    @ConditionalOnMissingBean
    CriticalityRule criticalityRule() {
        return CriticalityRule.DEFAULT;
    }

    @Bean
    PayloadParser payloadParser(Clock clock, MqttProperties mqtt) {
        return new PayloadParser(clock, mqtt.maxPayloadBytes(), mqtt.staleAfter(), mqtt.maxClockAhead());
    }
}
