package org.wptdlm.web.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Every API request body is bounded ({@code dlm.api.max-request-size}, default 1 MB, far above any
 * real hub or request): a larger one answers 413 before a byte of it is parsed, instead of filling
 * memory or reaching the JSON parser.
 */
@Configuration
class ApiRequestLimits {

    static final String MAX_REQUEST_SIZE_SETTING = "dlm.api.max-request-size";

    @Bean
    FilterRegistrationBean<RequestSizeLimit> apiRequestSizeLimit(
            @Value("${" + MAX_REQUEST_SIZE_SETTING + ":1MB}") DataSize maxRequestSize, ObjectMapper objectMapper) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(maxRequestSize.toBytes(), MAX_REQUEST_SIZE_SETTING, objectMapper));
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
