package org.wptdlm.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The running service on a random port with its security and a real PostgreSQL: the machine's when
 * SPRING_DATASOURCE_URL is set, otherwise an embedded one (and an embedded broker) on free ports with
 * data under {@code target/}. One annotation so all API integration tests share one cached context.
 * The data outlives a run, so tests use fresh ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dlm.embedded.data-directory=target/it-data",
    "dlm.embedded.postgres-port=0",
    "dlm.embedded.mqtt-port=0"})
public @interface ApiIntegrationTest {
}
