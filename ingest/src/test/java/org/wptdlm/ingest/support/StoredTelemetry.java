package org.wptdlm.ingest.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts a hub's stored pad telemetry straight from PostgreSQL, as the fault tests judge losses by. */
public final class StoredTelemetry {

    private final String jdbcUrl;

    public StoredTelemetry(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public long rows(String hubId) {
        return count("select count(*) from node_telemetry where hub_id = ?", hubId);
    }

    /** Rows that are different readings (pad, device time, sequence): rows minus this are duplicates. */
    public long distinctRows(String hubId) {
        return count("select count(distinct (node_id, measured_at, sequence)) from node_telemetry where hub_id = ?",
                hubId);
    }

    private long count(String sql, String hubId) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, hubId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
