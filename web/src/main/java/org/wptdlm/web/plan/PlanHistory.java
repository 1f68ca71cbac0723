package org.wptdlm.web.plan;

import static org.wptdlm.db.jooq.Tables.HUBS;
import static org.wptdlm.db.jooq.Tables.PLANS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import org.wptdlm.db.query.TimeRange;

/** The figures of the plans the live loop stored, over time (the plans table). */
@Repository
class PlanHistory {

    private final DSLContext dsl;
    private final ObjectMapper objectMapper;

    PlanHistory(DSLContext dsl, ObjectMapper objectMapper) {
        this.dsl = dsl;
        this.objectMapper = objectMapper;
    }

    /** Oldest first; every hub's when {@code hubId} is null. */
    List<KpiPoint> kpis(String hubId, TimeRange range, int limit) {
        Condition condition = range.contains(PLANS.CREATED_AT);
        if (hubId != null) {
            condition = condition.and(PLANS.HUB_ID.eq(hubId));
        }
        return dsl.select(PLANS.ID, PLANS.HUB_ID, PLANS.CREATED_AT, PLANS.STRATEGY, PLANS.KPIS, HUBS.GRID_LIMIT_KW)
                .from(PLANS)
                .join(HUBS).on(HUBS.ID.eq(PLANS.HUB_ID))
                .where(condition)
                .orderBy(PLANS.CREATED_AT, PLANS.ID)
                .limit(limit)
                .fetch(row -> point(row.get(PLANS.ID), row.get(PLANS.HUB_ID), row.get(PLANS.CREATED_AT),
                        row.get(PLANS.STRATEGY), row.get(PLANS.KPIS), row.get(HUBS.GRID_LIMIT_KW)));
    }

    private KpiPoint point(long planId, String hubId, Instant createdAt, String strategy, JSONB kpis, double gridLimitKw) {
        JsonNode json = parse(kpis);
        return new KpiPoint(planId, hubId, createdAt, strategy, number(json, "energyRequestedKwh"),
                number(json, "energyDeliveredKwh"), number(json, "criticalEnergyRequestedKwh"),
                number(json, "criticalEnergyDeliveredKwh"), number(json, "peakGridKw"), gridLimitKw);
    }

    private JsonNode parse(JSONB kpis) {
        try {
            return objectMapper.readTree(kpis.data());
        } catch (JsonProcessingException e) {
            return objectMapper.createObjectNode();
        }
    }

    private static Double number(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isNumber() ? value.doubleValue() : null;
    }
}
