package org.wptdlm.web.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

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
        description = "Accounts from dlm.security.users; demo: operator/operator, driver/driver, admin/admin.")
class OpenApiConfig {

    static final String BASIC_AUTH = "basicAuth";
}
