package org.wptdlm.domain.planning;

import java.util.List;

/** One session's answer: the pad (null = not served) and the kW delivered to the vehicle in every slot of the horizon. */
public record SessionPlan(String id, String padId, List<Double> kwBySlot) {

    public SessionPlan {
        kwBySlot = List.copyOf(kwBySlot);
    }

    public double kw(int slot) {
        return kwBySlot.get(slot);
    }
}
