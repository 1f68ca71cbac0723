package org.wptdlm.web.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.util.List;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wptdlm.web.system.security.ApiAccess;
import org.wptdlm.web.system.security.Role;

/**
 * The OpenAPI description at {@code /openapi.json} (UI at {@code /docs}): every API operation takes
 * HTTP Basic; each operation's description names the roles that may call it.
 */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "wpt-dlm API", version = "v1", description = "Dynamic load management for wireless charging"
                + " hubs. Roles: DRIVER (recommendations, own charging requests), OPERATOR (hubs, pads, plans, events,"
                + " what-if), ADMIN (everything, configuration). 401 without or with wrong credentials, 403 for a role"
                + " that may not call the operation; both as RFC 7807 problem details."),
        security = @SecurityRequirement(name = OpenApiConfig.BASIC_AUTH))
@SecurityScheme(name = OpenApiConfig.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Accounts from dlm.security.users (bcrypt hashes; see docs/security.md). Demo start only:"
                + " operator/operator, driver/driver, admin/admin. A login opens a session (cookie JSESSIONID).")
class OpenApiConfig {

    static final String BASIC_AUTH = "basicAuth";

    /** Every operation names the roles that may call it: {@code x-roles}, and a line in its description. */
    @Bean
    OpenApiCustomizer rolesOnEveryOperation() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            List<Role> roles = ApiAccess.rolesFor(path);
            if (roles.isEmpty()) {
                return;
            }
            String names = roles.stream().map(Role::name).collect(Collectors.joining(", "));
            operation.addExtension("x-roles", roles.stream().map(Role::name).toList());
            String description = operation.getDescription() == null ? "" : operation.getDescription() + " ";
            operation.setDescription(description + "Roles: " + names + ".");
        }));
    }
}
