package org.wptdlm.db.signal;

import static org.wptdlm.db.jooq.Tables.SIGNAL_SCHEDULES;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.domain.signal.SignalSchedule;

/** The latest signal schedule per hub, kind and source (table signal_schedules). */
@Repository
public class SignalScheduleRepository {

    private final DSLContext dsl;

    public SignalScheduleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the schedule in place of the one its source gave before for that hub and kind. */
    public void save(SignalSchedule schedule) {
        JSONB intervals = SignalJson.intervals(schedule.intervals());
        dsl.insertInto(SIGNAL_SCHEDULES)
                .set(SIGNAL_SCHEDULES.HUB_ID, schedule.hubId())
                .set(SIGNAL_SCHEDULES.KIND, schedule.kind().name())
                .set(SIGNAL_SCHEDULES.SOURCE, schedule.source())
                .set(SIGNAL_SCHEDULES.INTERVALS, intervals)
                .set(SIGNAL_SCHEDULES.RECEIVED_AT, schedule.receivedAt())
                .set(SIGNAL_SCHEDULES.VALID_UNTIL, schedule.validUntil())
                .onConflict(SIGNAL_SCHEDULES.HUB_ID, SIGNAL_SCHEDULES.KIND, SIGNAL_SCHEDULES.SOURCE)
                .doUpdate()
                .set(SIGNAL_SCHEDULES.INTERVALS, intervals)
                .set(SIGNAL_SCHEDULES.RECEIVED_AT, schedule.receivedAt())
                .set(SIGNAL_SCHEDULES.VALID_UNTIL, schedule.validUntil())
                .execute();
    }

    /** Answers whether there was one to delete. */
    public boolean delete(String hubId, SignalKind kind, String source) {
        return dsl.deleteFrom(SIGNAL_SCHEDULES)
                .where(SIGNAL_SCHEDULES.HUB_ID.eq(hubId))
                .and(SIGNAL_SCHEDULES.KIND.eq(kind.name()))
                .and(SIGNAL_SCHEDULES.SOURCE.eq(source))
                .execute() > 0;
    }

    public List<SignalSchedule> findAll() {
        return dsl.selectFrom(SIGNAL_SCHEDULES)
                .orderBy(SIGNAL_SCHEDULES.HUB_ID, SIGNAL_SCHEDULES.KIND, SIGNAL_SCHEDULES.SOURCE)
                .fetch(row -> new SignalSchedule(
                        row.getHubId(),
                        SignalKind.valueOf(row.getKind()),
                        row.getSource(),
                        SignalJson.intervals(row.getIntervals()),
                        row.getReceivedAt(),
                        row.getValidUntil()));
    }
}
