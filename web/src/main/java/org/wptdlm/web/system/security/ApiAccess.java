package org.wptdlm.web.system.security;

import java.util.List;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which roles may call which part of the API, most specific first. The filter chain enforces this
 * list and the OpenAPI document prints it on every operation, so the two cannot disagree.
 */
public record ApiAccess(String pathPattern, Set<Role> roles) {

    static final List<ApiAccess> RULES = List.of(
            new ApiAccess("/api/recommendations/**", Set.of(Role.DRIVER, Role.OPERATOR, Role.ADMIN)),
            new ApiAccess("/api/charging-requests/**", Set.of(Role.DRIVER, Role.OPERATOR, Role.ADMIN)),
            new ApiAccess("/api/admin/**", Set.of(Role.ADMIN)),
            new ApiAccess("/api/**", Set.of(Role.OPERATOR, Role.ADMIN)));

    /** The roles that may call {@code path} (an OpenAPI path such as {@code /api/hubs/{hubId}}). */
    public static List<Role> rolesFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream()
                .filter(rule -> PathPatternParser.defaultInstance.parse(rule.pathPattern()).matches(container))
                .findFirst()
                .map(rule -> rule.roles().stream().sorted().toList())
                .orElse(List.of());
    }

    String[] roleNames() {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }
}
