package org.wptdlm.ingest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
