package org.wptdlm.web.system.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.wptdlm.domain.vehicle.PriorityClass;

/**
 * Which vehicles a driver account may act for ({@code dlm.security.users[i].vehicle-ids}), and with
 * which priority. Operators and admins act for every vehicle; a driver only for the vehicles listed
 * under its account, and never above the NORMAL class.
 */
@Component
public class DriverVehicles {

    private static final String OPERATOR_AUTHORITY = "ROLE_" + Role.OPERATOR.name();
    private static final String ADMIN_AUTHORITY = "ROLE_" + Role.ADMIN.name();

    private final Map<String, Set<String>> vehicleIdsByUser = new HashMap<>();

    DriverVehicles(SecurityProperties properties) {
        properties.users().forEach(user -> vehicleIdsByUser.put(user.username(), user.vehicleIds()));
    }

    /** True when the caller acts for every vehicle (operator or admin). */
    public boolean actsForAll() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(authority -> OPERATOR_AUTHORITY.equals(authority.getAuthority())
                        || ADMIN_AUTHORITY.equals(authority.getAuthority()));
    }

    /** The vehicles of the calling driver account. */
    public Set<String> own() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller == null ? Set.of() : vehicleIdsByUser.getOrDefault(caller.getName(), Set.of());
    }

    /** @throws ErrorResponseException 403 when a driver lists without naming one of their vehicles */
    public void requireOwnListing(String vehicleId) {
        if (vehicleId == null && !actsForAll()) {
            throw forbidden("Drivers list the requests of one of their vehicles: add ?vehicleId=.");
        }
        requireOwn(vehicleId);
    }

    /** @throws ErrorResponseException 403 when a driver names a vehicle that is not theirs; null names none */
    public void requireOwn(String vehicleId) {
        if (vehicleId == null || actsForAll() || own().contains(vehicleId)) {
            return;
        }
        throw forbidden("Vehicle '" + vehicleId + "' is not one of your account's vehicles.");
    }

    /**
     * @throws ErrorResponseException 403 when a driver claims a class above NORMAL: EMERGENCY and FLEET
     *     put a vehicle ahead of others, so only operators grant them (on the vehicle or the request)
     */
    public void requireMaySetPriority(PriorityClass priorityClass) {
        if (priorityClass == null || priorityClass == PriorityClass.NORMAL || actsForAll()) {
            return;
        }
        throw forbidden("Only operators set priorityClass " + priorityClass
                + "; leave it out to use your vehicle's class.");
    }

    private static ErrorResponseException forbidden(String detail) {
        HttpStatus status = HttpStatus.FORBIDDEN;
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
