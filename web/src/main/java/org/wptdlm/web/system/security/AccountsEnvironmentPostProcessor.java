package org.wptdlm.web.system.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.StringUtils;
import org.wptdlm.web.system.EmbeddedServicesEnvironmentPostProcessor;

/**
 * Who may log in when no {@code dlm.security.users} are configured. On the embedded-defaults demo
 * start (embedded database and broker, both started here) the demo accounts {@code operator},
 * {@code driver} and {@code admin} exist, with their names as passwords. With a configured
 * database or broker the service is meant for real use: it refuses to start rather than open
 * itself to well-known passwords. Command-line tools without a web server need no accounts.
 */
public class AccountsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "dlmDemoAccounts";
    private static final String FIRST_USER = "dlm.security.users[0].username";

    private final Log log;

    public AccountsEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(AccountsEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(FIRST_USER))) {
            return;
        }
        if (onEmbeddedDefaults(environment)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, demoAccounts()));
            log.warn("Embedded-defaults demo start: demo accounts operator/operator, driver/driver, admin/admin are active."
                    + " Configure dlm.security.users before exposing the service.");
        } else if (application.getWebApplicationType() != WebApplicationType.NONE) {
            throw new NoAccountsConfiguredException();
        }
    }

    /** Both the database and the broker are the embedded ones this start launched. */
    private static boolean onEmbeddedDefaults(ConfigurableEnvironment environment) {
        PropertySource<?> embedded = environment.getPropertySources().get(EmbeddedServicesEnvironmentPostProcessor.SOURCE_NAME);
        return embedded != null
                && embedded.containsProperty("spring.datasource.url")
                && embedded.containsProperty("dlm.mqtt.url");
    }

    private static Map<String, Object> demoAccounts() {
        Map<String, Object> accounts = new LinkedHashMap<>();
        demoAccount(accounts, 0, "operator", "OPERATOR");
        demoAccount(accounts, 1, "driver", "DRIVER");
        accounts.put("dlm.security.users[1].vehicle-ids", "ev-001,ev-002");
        demoAccount(accounts, 2, "admin", "ADMIN,OPERATOR");
        return accounts;
    }

    private static void demoAccount(Map<String, Object> accounts, int index, String name, String roles) {
        String prefix = "dlm.security.users[" + index + "].";
        accounts.put(prefix + "username", name);
        accounts.put(prefix + "password", "{noop}" + name);
        accounts.put(prefix + "roles", roles);
    }

    @Override
    public int getOrder() {
        // After the embedded services, whose property source tells a demo start from a configured one.
        return EmbeddedServicesEnvironmentPostProcessor.ORDER + 1;
    }
}
