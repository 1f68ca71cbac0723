package org.wptdlm.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wptdlm.domain.signal.SignalSchedule;
import org.wptdlm.domain.signal.SignalSink;
import org.wptdlm.ingest.feed.http.FeedFormat;
import org.wptdlm.ingest.feed.http.HttpFeeds;
import org.wptdlm.ingest.feed.tariff.TariffTables;
import org.wptdlm.ingest.live.LiveModel;

/** Which sources exist for which settings, and settings refused at start. */
class SignalSourcesAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class,
                    ValidationAutoConfiguration.class, SignalSourcesAutoConfiguration.class))
            .withUserConfiguration(LiveLoopBeans.class);

    @Configuration
    static class LiveLoopBeans {

        final List<SignalSchedule> delivered = new CopyOnWriteArrayList<>();

        @Bean
        SignalSink signalSink() {
            return delivered::add;
        }

        @Bean
        LiveModel liveModel() {
            return new LiveModel();
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        ObjectMapper objectMapper() {
            return new ObjectMapper().findAndRegisterModules();
        }
    }

    @Test
    void withoutSettingsNothingIsPolled() {
        runner.run(context -> assertThat(context.getBean(SignalSourcePoller.class).isRunning()).isFalse());
    }

    @Test
    void configuredTablesAndFeedsAreBoundFromProperties() {
        runner.withPropertyValues(
                        "dlm.signals.tariffs.zone=Europe/Berlin",
                        "dlm.signals.tariffs.price[0].from=22:00",
                        "dlm.signals.tariffs.price[0].to=06:00",
                        "dlm.signals.tariffs.price[0].value=0.18",
                        "dlm.signals.feeds[0].name=awattar",
                        "dlm.signals.feeds[0].url=http://127.0.0.1:9/marketdata",
                        "dlm.signals.feeds[0].format=AWATTAR",
                        "dlm.signals.feeds[0].poll-interval=1h")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(TariffTables.class).price()).singleElement()
                            .satisfies(rule -> assertThat(rule.value()).isEqualTo(0.18));
                    HttpFeeds.Feed feed = context.getBean(HttpFeeds.class).feeds().get(0);
                    assertThat(feed.format()).isEqualTo(FeedFormat.AWATTAR);
                    assertThat(feed.pollInterval()).isEqualTo(Duration.ofHours(1));
                    assertThat(feed.sourceName()).isEqualTo("day-ahead");
                    assertThat(context.getBean(SignalSourcePoller.class).isRunning()).isTrue();
                });
    }

    @Test
    void anEnabledVenWithoutItsVtnIsRefusedAtStart() {
        runner.withPropertyValues("dlm.signals.openadr.enabled=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("base-url, token-url, client-id, client-secret"));
    }

    @Test
    void aNegativeTariffIsRefusedAtStart() {
        runner.withPropertyValues("dlm.signals.tariffs.carbon[0].value=-5")
                .run(context -> assertThat(context).hasFailed());
    }
}
