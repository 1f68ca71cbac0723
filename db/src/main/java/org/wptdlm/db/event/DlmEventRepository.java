package org.wptdlm.db.event;

import static org.wptdlm.db.jooq.Tables.DLM_EVENTS;
import static org.wptdlm.db.jooq.Tables.HUBS;

import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record10;
import org.jooq.Records;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.domain.event.DlmEvent;
import org.wptdlm.domain.event.DlmEventSource;
import org.wptdlm.domain.event.DlmEventType;
import org.wptdlm.domain.event.DlmTrigger;
import org.wptdlm.domain.event.NewDlmEvent;

/** The DLM audit trail of each hub. */
@Repository
public class DlmEventRepository {

    private final DSLContext dsl;

    public DlmEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records an event as the hub's next one in sequence. The counter lives on the hub row, whose lock
     * orders concurrent appends for a hub without gaps or duplicates (a rolled-back append takes its
     * number back with it).
     *
     * @throws DataIntegrityViolationException when the hub does not exist
     */
    @Transactional
    public DlmEvent append(NewDlmEvent event) {
        long sequence = dsl.update(HUBS)
                .set(HUBS.LAST_DLM_EVENT_SEQUENCE, HUBS.LAST_DLM_EVENT_SEQUENCE.plus(1))
                .where(HUBS.ID.eq(event.hubId()))
                .returningResult(HUBS.LAST_DLM_EVENT_SEQUENCE)
                .fetchOptional(HUBS.LAST_DLM_EVENT_SEQUENCE)
                .orElseThrow(() -> new DataIntegrityViolationException("no hub " + event.hubId()));
        return insert(event, sequence, null, null).orElseThrow();
    }

    /**
     * Records an event under the sequence number it was published with (the live loop numbers a
     * hub's events itself, so an outage never re-sequences them); the hub's counter moves up to it.
     *
     * @throws DataIntegrityViolationException when the hub does not exist or the number is taken
     */
    @Transactional
    public DlmEvent appendNumbered(NewDlmEvent event, long sequence, Instant publishedAt) {
        int updated = dsl.update(HUBS)
                .set(HUBS.LAST_DLM_EVENT_SEQUENCE, DSL.greatest(HUBS.LAST_DLM_EVENT_SEQUENCE, DSL.val(sequence)))
                .where(HUBS.ID.eq(event.hubId()))
                .execute();
        if (updated == 0) {
            throw new DataIntegrityViolationException("no hub " + event.hubId());
        }
        return insert(event, sequence, publishedAt, null).orElseThrow();
    }

    /**
     * Records a hub's event under its sequence number once: empty when an event with the same
     * {@code dedupKey} is already recorded for the hub (a redelivery), and the hub's counter is
     * then left alone.
     *
     * @throws DataIntegrityViolationException when the hub does not exist or the number is taken
     */
    @Transactional
    public Optional<DlmEvent> appendNumberedOnce(NewDlmEvent event, long sequence, String dedupKey) {
        Optional<DlmEvent> recorded = insert(event, sequence, null, dedupKey);
        if (recorded.isPresent()) {
            dsl.update(HUBS)
                    .set(HUBS.LAST_DLM_EVENT_SEQUENCE, DSL.greatest(HUBS.LAST_DLM_EVENT_SEQUENCE, DSL.val(sequence)))
                    .where(HUBS.ID.eq(event.hubId()))
                    .execute();
        }
        return recorded;
    }

    /** When the hub's newest event from the hub itself happened, if it reported any. */
    public Optional<Instant> lastHubEventAt(String hubId) {
        Field<Instant> newest = DSL.max(DLM_EVENTS.CREATED_AT);
        return dsl.select(newest)
                .from(DLM_EVENTS)
                .where(DLM_EVENTS.HUB_ID.eq(hubId))
                .and(DLM_EVENTS.SOURCE.eq(DlmEventSource.HUB))
                .fetchOptional(newest);
    }

    /** Empty when the hub already has an event under {@code dedupKey} (never for a null key). */
    private Optional<DlmEvent> insert(NewDlmEvent event, long sequence, Instant publishedAt, String dedupKey) {
        return dsl.insertInto(DLM_EVENTS)
                .set(DLM_EVENTS.HUB_ID, event.hubId())
                .set(DLM_EVENTS.SEQUENCE, sequence)
                .set(DLM_EVENTS.SOURCE, event.source())
                .set(DLM_EVENTS.TYPE, event.type())
                .set(DLM_EVENTS.TRIGGER, event.trigger())
                .set(DLM_EVENTS.PLAN_ID, event.planId())
                .set(DLM_EVENTS.PAYLOAD, JSONB.valueOf(event.payloadJson()))
                .set(DLM_EVENTS.CREATED_AT, event.createdAt())
                .set(DLM_EVENTS.PUBLISHED_AT, publishedAt)
                .set(DLM_EVENTS.DEDUP_KEY, dedupKey)
                .onConflict(DLM_EVENTS.HUB_ID, DLM_EVENTS.DEDUP_KEY)
                .doNothing()
                .returningResult(DLM_EVENTS.ID)
                .fetchOptional(DLM_EVENTS.ID)
                .map(id -> new DlmEvent(id, event.hubId(), sequence, event.source(), event.type(), event.trigger(),
                        event.planId(), event.payloadJson(), event.createdAt(), publishedAt));
    }

    /** The hub's last DLM event number (0 before its first event), where the live loop continues. */
    public long lastSequence(String hubId) {
        return dsl.select(HUBS.LAST_DLM_EVENT_SEQUENCE)
                .from(HUBS)
                .where(HUBS.ID.eq(hubId))
                .fetchOptional(HUBS.LAST_DLM_EVENT_SEQUENCE)
                .orElse(0L);
    }

    public Optional<DlmEvent> findById(String hubId, long id) {
        return selectEvent()
                .from(DLM_EVENTS)
                .where(DLM_EVENTS.HUB_ID.eq(hubId))
                .and(DLM_EVENTS.ID.eq(id))
                .fetchOptional(Records.mapping(DlmEvent::new));
    }

    /** A hub's events, newest first. */
    public ResultPage<DlmEvent> findByHub(String hubId, DlmEventFilter filter, PageQuery page) {
        Condition condition = DLM_EVENTS.HUB_ID.eq(hubId)
                .and(filter.createdAt().contains(DLM_EVENTS.CREATED_AT));
        if (filter.type() != null) {
            condition = condition.and(DLM_EVENTS.TYPE.eq(filter.type()));
        }
        var events = selectEvent()
                .from(DLM_EVENTS)
                .where(condition)
                .orderBy(DLM_EVENTS.SEQUENCE.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(Records.mapping(DlmEvent::new));
        return ResultPage.of(events, page, dsl.fetchCount(DLM_EVENTS, condition));
    }

    /** The hub's newest event of {@code type}, e.g. the allocation a reconnecting controller must get at once. */
    public Optional<DlmEvent> findLatest(String hubId, DlmEventType type) {
        return selectEvent()
                .from(DLM_EVENTS)
                .where(DLM_EVENTS.HUB_ID.eq(hubId))
                .and(DLM_EVENTS.TYPE.eq(type))
                .orderBy(DLM_EVENTS.SEQUENCE.desc())
                .limit(1)
                .fetchOptional(Records.mapping(DlmEvent::new));
    }

    /** Notes when the event went out over MQTT; false when there is no such event. */
    public boolean markPublished(long id, Instant publishedAt) {
        return dsl.update(DLM_EVENTS)
                .set(DLM_EVENTS.PUBLISHED_AT, publishedAt)
                .where(DLM_EVENTS.ID.eq(id))
                .execute() == 1;
    }

    private SelectSelectStep<Record10<Long, String, Long, DlmEventSource, DlmEventType, DlmTrigger, Long, String,
            Instant, Instant>> selectEvent() {
        return dsl.select(
                DLM_EVENTS.ID,
                DLM_EVENTS.HUB_ID,
                DLM_EVENTS.SEQUENCE,
                DLM_EVENTS.SOURCE,
                DLM_EVENTS.TYPE,
                DLM_EVENTS.TRIGGER,
                DLM_EVENTS.PLAN_ID,
                DLM_EVENTS.PAYLOAD.convertFrom(JSONB::data),
                DLM_EVENTS.CREATED_AT,
                DLM_EVENTS.PUBLISHED_AT);
    }
}
