package org.wptdlm.ingest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Counts a hub's stored rows straight from PostgreSQL, as the fault tests judge losses by. */
public final class StoredRows {

    private final String jdbcUrl;

    public StoredRows(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public long telemetryRows(String hubId) {
        return count("select count(*) from node_telemetry where hub_id = ?", hubId);
    }

    /** Rows that are different readings (pad, device time, sequence): rows minus this are duplicates. */
    public long distinctTelemetryRows(String hubId) {
        return count("select count(distinct (node_id, measured_at, sequence)) from node_telemetry where hub_id = ?",
                hubId);
    }

    /** Different refused messages (by payload) on the hub's topics in rejected_messages. */
    public long distinctRejections(String hubId) {
        return count("select count(distinct payload_excerpt) from rejected_messages where topic like ?",
                "iot/hubs/" + hubId + "/%");
    }

    /** The types of the hub's own events in the audit trail, in sequence. */
    public List<String> hubEvents(String hubId) {
        List<String> events = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement statement = connection.prepareStatement(
                        "select type from dlm_events where hub_id = ? and source = 'HUB' order by sequence")) {
            statement.setString(1, hubId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    events.add(result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    /** DLM event numbers the hub's audit trail skips (its highest number minus its events). */
    public long dlmEventNumbersSkipped(String hubId) {
        return count("select coalesce(max(sequence), 0) - count(*) from dlm_events where hub_id = ?", hubId);
    }

    /** The hub's pads stored. */
    public long pads(String hubId) {
        return count("select count(*) from nodes where hub_id = ?", hubId);
    }

    /** Messages on the hub's topics refused for {@code reasonCode}. */
    public long rejections(String hubId, String reasonCode) {
        return count("select count(*) from rejected_messages where topic like ? and reason like '" + reasonCode + ":%'",
                "iot/hubs/" + hubId + "/%");
    }

    private long count(String sql, String parameter) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
