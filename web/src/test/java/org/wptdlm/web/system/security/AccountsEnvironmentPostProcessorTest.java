package org.wptdlm.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.wptdlm.web.WptDlmApplication;
import org.wptdlm.web.system.EmbeddedServicesEnvironmentPostProcessor;

/** Demo accounts on the embedded-defaults start only; anywhere else no accounts means no start. */
class AccountsEnvironmentPostProcessorTest {

    private final AccountsEnvironmentPostProcessor postProcessor = new AccountsEnvironmentPostProcessor(new DeferredLogs());

    @Test
    void serviceRefusesToStartWithAConfiguredDatabaseAndNoAccounts() {
        // The packaged application.yml only: the test resources' accounts stay out.
        SpringApplicationBuilder service = new SpringApplicationBuilder(WptDlmApplication.class).properties(
                "spring.config.location=classpath:/application.yml",
                "spring.datasource.url=jdbc:postgresql://127.0.0.1:9/nowhere",
                "dlm.mqtt.url=tcp://127.0.0.1:9",
                "server.port=0");

        assertThatThrownBy(() -> service.run())
                .isInstanceOf(NoAccountsConfiguredException.class)
                .hasMessageContaining("No accounts are configured");
    }

    @Test
    void refusalSaysHowToConfigureAccounts() {
        FailureAnalysis analysis = new NoAccountsFailureAnalyzer().analyze(new NoAccountsConfiguredException());

        assertThat(analysis.getAction()).contains("hash-password", "DLM_SECURITY_USERS_0_PASSWORD='{bcrypt}");
    }

    @Test
    void demoAccountsOnTheEmbeddedDefaultsStart() {
        StandardEnvironment environment = environmentWith(Map.of());
        environment.getPropertySources().addFirst(new MapPropertySource(EmbeddedServicesEnvironmentPostProcessor.SOURCE_NAME,
                Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:54329/postgres", "dlm.mqtt.url", "tcp://127.0.0.1:1884")));

        postProcessor.postProcessEnvironment(environment, webApplication());

        assertThat(environment.getProperty("dlm.security.users[0].username")).isEqualTo("operator");
        assertThat(environment.getProperty("dlm.security.users[1].roles")).isEqualTo("DRIVER");
    }

    @Test
    void noDemoAccountsWhenOnlyTheBrokerIsEmbedded() {
        StandardEnvironment environment = environmentWith(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/dlm"));
        environment.getPropertySources().addFirst(new MapPropertySource(EmbeddedServicesEnvironmentPostProcessor.SOURCE_NAME,
                Map.of("dlm.mqtt.url", "tcp://127.0.0.1:1884")));

        assertThatThrownBy(() -> postProcessor.postProcessEnvironment(environment, webApplication()))
                .isInstanceOf(NoAccountsConfiguredException.class);
    }

    @Test
    void configuredAccountsAreLeftAlone() {
        StandardEnvironment environment = environmentWith(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db:5432/dlm",
                "dlm.security.users[0].username", "ops"));

        postProcessor.postProcessEnvironment(environment, webApplication());

        assertThat(environment.getProperty("dlm.security.users[0].username")).isEqualTo("ops");
        assertThat(environment.getPropertySources().contains(AccountsEnvironmentPostProcessor.SOURCE_NAME)).isFalse();
    }

    @Test
    void toolsWithoutAWebServerNeedNoAccounts() {
        StandardEnvironment environment = environmentWith(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/dlm"));
        SpringApplication tool = new SpringApplication();
        tool.setWebApplicationType(WebApplicationType.NONE);

        postProcessor.postProcessEnvironment(environment, tool);

        assertThat(environment.getProperty("dlm.security.users[0].username")).isNull();
    }

    private static SpringApplication webApplication() {
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(WebApplicationType.SERVLET);
        return application;
    }

    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
