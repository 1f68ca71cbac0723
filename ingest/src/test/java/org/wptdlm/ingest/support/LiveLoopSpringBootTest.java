package org.wptdlm.ingest.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The live loop without the web layer, tuned for tests: fast debounce, short improvement budget,
 * clean MQTT sessions. Database and broker come from {@link LiveLoopTest#registerDatabase} and
 * {@link LiveLoopTest#brokerUrl}.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = IngestTestApplication.class, properties = {
        "dlm.mqtt.clean-session=true",
        "dlm.replan.debounce=50ms",
        "dlm.replan.improvement-budget=300ms",
        "dlm.ingest.flush-interval=50ms",
        // Short, so a test sees a stale grid-limit source fall back to the safe limit; no other test goes stale.
        "dlm.signals.stale-hold=2s",
        "spring.main.banner-mode=off"})
public @interface LiveLoopSpringBootTest {}
