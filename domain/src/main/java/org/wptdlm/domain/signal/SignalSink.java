package org.wptdlm.domain.signal;

/**
 * Where every source (MQTT topic, REST, OpenADR VEN, tariff feed, configuration) delivers what it
 * learned. The live loop's signal store implements it.
 */
@FunctionalInterface
public interface SignalSink {

    void accept(SignalSchedule schedule);
}
