package org.wptdlm.db.rejected;

import static org.wptdlm.db.jooq.Tables.REJECTED_MESSAGES;

import java.util.List;
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

    /** Stores messages in one batch (their ids are ignored); answers how many were stored. */
    public int insertAll(List<RejectedMessage> messages) {
        if (messages.isEmpty()) {
            return 0;
        }
        var insert = dsl.insertInto(REJECTED_MESSAGES,
                REJECTED_MESSAGES.TOPIC,
                REJECTED_MESSAGES.PAYLOAD_EXCERPT,
                REJECTED_MESSAGES.REASON,
                REJECTED_MESSAGES.RECEIVED_AT);
        for (RejectedMessage message : messages) {
            insert = insert.values(message.topic(), message.payloadExcerpt(), message.reason(), message.receivedAt());
        }
        return insert.execute();
    }

    /** Messages received in {@code range}, newest first. */
    public ResultPage<RejectedMessage> findAll(TimeRange range, PageQuery page) {
        return findAll(range, null, null, page);
    }

    /**
     * Messages received in {@code range} whose topic starts with {@code topicPrefix} and whose
     * reason starts with {@code reasonPrefix} (null = any), newest first.
     */
    public ResultPage<RejectedMessage> findAll(TimeRange range, String topicPrefix, String reasonPrefix, PageQuery page) {
        Condition condition = range.contains(REJECTED_MESSAGES.RECEIVED_AT);
        if (topicPrefix != null) {
            condition = condition.and(REJECTED_MESSAGES.TOPIC.startsWith(topicPrefix));
        }
        if (reasonPrefix != null) {
            condition = condition.and(REJECTED_MESSAGES.REASON.startsWith(reasonPrefix));
        }
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
