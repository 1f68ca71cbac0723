package org.wptdlm.web.vehicle;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wptdlm.domain.vehicle.CriticalityRule;

/** The criticality rule every part of the service uses, from {@code dlm.criticality.*}. */
@Configuration
@EnableConfigurationProperties(CriticalityProperties.class)
class CriticalityConfig {

    @Bean
    CriticalityRule criticalityRule(CriticalityProperties properties) {
        return properties.rule();
    }
}
