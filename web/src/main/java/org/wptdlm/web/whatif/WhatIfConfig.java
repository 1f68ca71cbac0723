package org.wptdlm.web.whatif;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wptdlm.web.system.RequestSizeLimit;

/** The what-if bounds, and the body-size filter on the what-if API only. */
@Configuration
@EnableConfigurationProperties(WhatIfProperties.class)
class WhatIfConfig {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> whatIfRequestSizeLimit(WhatIfProperties properties, ObjectMapper objectMapper) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(properties.maxRequestBytes(), "dlm.what-if.max-request-bytes", objectMapper));
        registration.addUrlPatterns("/api/what-if/*");
        return registration;
    }
}
