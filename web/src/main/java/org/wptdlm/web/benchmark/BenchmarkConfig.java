package org.wptdlm.web.benchmark;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(BenchmarkProperties.class)
class BenchmarkConfig {}
