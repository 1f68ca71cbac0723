package org.wptdlm.ingest.cluster;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.wptdlm.db.cluster.ClusterRepository;
import org.wptdlm.ingest.live.LiveModel;
import org.wptdlm.ingest.mqtt.MqttConnection;

/** Hub ownership: one instance owning every hub, or leases among several ({@code dlm.cluster.enabled}). */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "dlm.cluster", name = "enabled", havingValue = "false", matchIfMissing = true)
    HubOwnership soleOwnership(ClusterSettings settings, LiveModel model, Clock clock) {
        return new SoleOwnership(settings, model, clock);
    }

    /** Spring Integration's lease table (migration V64 creates {@code int_lock}), rows timed by the TTL. */
    @Bean
    @ConditionalOnProperty(prefix = "dlm.cluster", name = "enabled", havingValue = "true")
    DefaultLockRepository hubLockRepository(DataSource dataSource, ClusterSettings settings) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource,
                LeaseKeeper.clientIdOf(settings.instanceId()));
        repository.setRegion(LeaseKeeper.REGION);
        repository.setTimeToLive((int) settings.leaseTtl().toMillis());
        return repository;
    }

    @Bean
    @ConditionalOnProperty(prefix = "dlm.cluster", name = "enabled", havingValue = "true")
    JdbcLockRegistry hubLockRegistry(DefaultLockRepository hubLockRepository) {
        return new JdbcLockRegistry(hubLockRepository);
    }

    @Bean
    @ConditionalOnProperty(prefix = "dlm.cluster", name = "enabled", havingValue = "true")
    LeaseKeeper leaseKeeper(ClusterSettings settings, JdbcLockRegistry hubLockRegistry, ClusterRepository cluster,
            LiveModel model, ApplicationEventPublisher events, MqttConnection mqtt, Clock clock) {
        return new LeaseKeeper(settings, hubLockRegistry, cluster, model, events, mqtt::isConnected, clock);
    }
}
