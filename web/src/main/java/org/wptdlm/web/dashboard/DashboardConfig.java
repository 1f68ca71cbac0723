package org.wptdlm.web.dashboard;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.SpringTemplateEngine;

@Configuration
@EnableConfigurationProperties(DashboardProperties.class)
public class DashboardConfig {

    /** Spring Boot builds the template engine; this only swaps in our link builder before its first use. */
    @Bean
    static BeanPostProcessor pageLinks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new PageLinkBuilder());
                }
                return bean;
            }
        };
    }
}
