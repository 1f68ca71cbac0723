package org.wptdlm.web.system.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The accounts that may use the service ({@code dlm.security.users[i].*}). Passwords are stored as
 * Spring Security encoded strings: {@code {bcrypt}$2a$…} for real deployments, {@code {noop}…} for
 * the demo defaults only. They are never logged. A driver account names its vehicles in
 * {@code vehicle-ids}: it may ask recommendations and make charging requests for those only. The
 * list is never empty when a web server runs ({@link AccountsEnvironmentPostProcessor}); tools
 * without one need none.
 */
@Validated
@ConfigurationProperties("dlm.security")
public record SecurityProperties(List<@Valid User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(@NotBlank String username, @NotBlank String password, @NotEmpty Set<Role> roles,
            Set<String> vehicleIds) {

        public User {
            vehicleIds = vehicleIds == null ? Set.of() : Set.copyOf(vehicleIds);
        }

        @Override
        public String toString() {
            return "User[username=" + username + ", roles=" + roles + ", vehicleIds=" + vehicleIds + "]";
        }
    }
}
