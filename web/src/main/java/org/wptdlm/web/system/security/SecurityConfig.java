package org.wptdlm.web.system.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.wptdlm.web.system.StaticAssets;

/**
 * Who may call what. Health, the API documentation and static assets are public; the REST API
 * takes HTTP Basic; the dashboard takes a login form. API rules: {@link ApiAccess}, most specific
 * first: drivers use recommendations and charging requests; operators everything operational; admins all.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String[] PUBLIC_PATHS = {
        "/docs", "/docs/**", "/swagger-ui/**", "/openapi.json", "/openapi.json/**", "/error", "/login"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper objectMapper, UserDetailsService users,
            PasswordEncoder passwordEncoder) throws Exception {
        ProblemDetailsAuthenticationHandlers problemHandlers = new ProblemDetailsAuthenticationHandlers(objectMapper);
        http.authenticationManager(new ProviderManager(passwordCheck(users, passwordEncoder)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(StaticAssets.PATHS).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll())
                .authorizeHttpRequests(requests -> ApiAccess.RULES.forEach(rule ->
                        requests.requestMatchers(rule.pathPattern()).hasAnyRole(rule.roleNames())))
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().hasAnyRole(Role.OPERATOR.name(), Role.ADMIN.name()))
                // A Basic login that passed opens an HTTP session: a client that sends the session cookie back
                // pays the deliberately slow bcrypt check once, and nothing derived from the password stays in memory.
                .httpBasic(basic -> basic.authenticationEntryPoint(problemHandlers)
                        .securityContextRepository(new HttpSessionSecurityContextRepository()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problemHandlers, new AntPathRequestMatcher("/api/**"))
                        .defaultAccessDeniedHandlerFor(problemHandlers, new AntPathRequestMatcher("/api/**")))
                // API clients send Basic credentials or a session cookie; the cookie is SameSite=Strict (application.yml)
                // and the API takes JSON only, so a cross-site form cannot ride on it: CSRF tokens guard the dashboard's forms.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }

    /** Plain password check, without re-encoding passwords: the accounts live in configuration. */
    private static DaoAuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(passwordEncoder);
        provider.setUserDetailsService(users);
        return provider;
    }

    @Bean
    UserDetailsService users(SecurityProperties properties) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (SecurityProperties.User user : properties.users()) {
            if (user.password().startsWith("{noop}")) {
                log.warn("Account '{}' has a plain-text demo password: configure a {bcrypt} one before exposing the service",
                        user.username());
            }
            users.createUser(User.withUsername(user.username())
                    .password(user.password())
                    .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                    .build());
        }
        return users;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
