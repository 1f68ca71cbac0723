package org.wptdlm.domain.plan;

import static org.wptdlm.domain.Invariants.optionalId;
import static org.wptdlm.domain.Invariants.requireId;

import java.util.List;
import org.wptdlm.domain.pad.SeedNames;

/**
 * What a plan gives one charging session.
 *
 * @param sessionId the charging request (or problem-file session) served
 * @param padId the pad assigned, or null when the session is not served
 * @param kwBySlot the power delivered to the vehicle in each slot of the plan
 */
public record PlanAllocation(String sessionId, String vehicleId, String padId, List<Double> kwBySlot) {

    public PlanAllocation {
        requireId(sessionId, "sessionId");
        requireId(vehicleId, "vehicleId");
        optionalId(padId, SeedNames.PAD_ID);
        kwBySlot = List.copyOf(kwBySlot);
        for (double kw : kwBySlot) {
            if (!Double.isFinite(kw) || kw < 0) {
                throw new IllegalArgumentException("kwBySlot of session " + sessionId + " must be finite and >= 0, had " + kw);
            }
        }
        if (padId == null && kwBySlot.stream().anyMatch(kw -> kw > 0)) {
            throw new IllegalArgumentException("session " + sessionId + " gets power but no pad");
        }
    }

    /** The energy delivered to the vehicle over the plan, in kWh. */
    public double energyKwh(int slotMinutes) {
        return kwBySlot.stream().mapToDouble(Double::doubleValue).sum() * slotMinutes / 60.0;
    }
}
