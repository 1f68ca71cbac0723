package org.wptdlm.db.rejected;

import static org.wptdlm.db.jooq.Tables.REJECTED_MESSAGES;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.query.PageQuery;
import org.wptdlm.db.query.ResultPage;
import org.wptdlm.db.query.TimeRange;
import org.wptdlm.domain.rejected.RejectedMessage;

/** MQTT messages the service refused, for operators to query. */
@Repository
public class RejectedMessageRepository {

    private final DSLContext dsl;

    public RejectedMessageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the message (its id is ignored) and returns its new id. */
    public long insert(RejectedMessage message) {
        return dsl.insertInto(REJECTED_MESSAGES)
                .set(REJECTED_MESSAGES.TOPIC, message.topic())
                .set(REJECTED_MESSAGES.PAYLOAD_EXCERPT, message.payloadExcerpt())
                .set(REJECTED_MESSAGES.REASON, message.reason())
                .set(REJECTED_MESSAGES.RECEIVED_AT, message.receivedAt())
                .returningResult(REJECTED_MESSAGES.ID)
                .fetchSingle(REJECTED_MESSAGES.ID);
    }

    /** Messages received in {@code range}, newest first. */
    public ResultPage<RejectedMessage> findAll(TimeRange range, PageQuery page) {
        Condition condition = range.contains(REJECTED_MESSAGES.RECEIVED_AT);
        var messages = dsl.select(
                        REJECTED_MESSAGES.ID,
                        REJECTED_MESSAGES.TOPIC,
                        REJECTED_MESSAGES.PAYLOAD_EXCERPT,
                        REJECTED_MESSAGES.REASON,
                        REJECTED_MESSAGES.RECEIVED_AT)
                .from(REJECTED_MESSAGES)
                .where(condition)
                .orderBy(REJECTED_MESSAGES.RECEIVED_AT.desc(), REJECTED_MESSAGES.ID.desc())
                .limit(page.size())
                .offset(page.offset())
                .fetch(Records.mapping(RejectedMessage::new));
        return ResultPage.of(messages, page, dsl.fetchCount(REJECTED_MESSAGES, condition));
    }
}
