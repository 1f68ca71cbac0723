package org.wptdlm.db.query;

import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A half-open interval [from, to); a null end is open. */
public record TimeRange(Instant from, Instant to) {

    public static final TimeRange ALL = new TimeRange(null, null);

    public TimeRange {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from, were " + from + " and " + to);
        }
    }

    /** The condition that {@code time} lies in this range. */
    public Condition contains(Field<Instant> time) {
        Condition condition = DSL.noCondition();
        if (from != null) {
            condition = condition.and(time.ge(from));
        }
        if (to != null) {
            condition = condition.and(time.lt(to));
        }
        return condition;
    }
}
