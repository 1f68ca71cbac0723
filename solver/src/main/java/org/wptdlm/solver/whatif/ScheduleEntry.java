package org.wptdlm.solver.whatif;

import java.time.Instant;

/** A value (kW limit, price per kWh) that holds from {@code from} (inclusive) to {@code to} (exclusive). */
public record ScheduleEntry(Instant from, Instant to, double value) {
}
