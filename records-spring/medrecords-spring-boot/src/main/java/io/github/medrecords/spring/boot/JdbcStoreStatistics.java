package io.github.medrecords.spring.boot;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.workflow.RequestStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Counts read from the JDBC store's tables (records-store-jdbc schema: {@code mr_outbox.state},
 * {@code mr_request.status} and {@code open_due_date}, the binding legal date of an open request). Three
 * indexed, read-only aggregate queries; no request is loaded.
 */
final class JdbcStoreStatistics implements MedrecordsStatistics {

    private final DataSource dataSource;

    JdbcStoreStatistics(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public OutboxBacklog outbox() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT state, COUNT(*), MIN(created_at) FROM mr_outbox"
                        + " WHERE state IN ('PENDING', 'DEAD') GROUP BY state");
                ResultSet rs = ps.executeQuery()) {
            long pending = 0;
            long dead = 0;
            Optional<Instant> oldest = Optional.empty();
            while (rs.next()) {
                if ("PENDING".equals(rs.getString(1))) {
                    pending = rs.getLong(2);
                    oldest = Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
                } else {
                    dead = rs.getLong(2);
                }
            }
            return new OutboxBacklog(pending, dead, oldest);
        } catch (SQLException e) {
            throw new StorageException("Could not count the outbox", e);
        }
    }

    @Override
    public Map<RequestStatus, Long> requestsByStatus(PracticeId practice) {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        for (RequestStatus s : RequestStatus.values()) {
            counts.put(s, 0L);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT status, COUNT(*) FROM mr_request WHERE practice_id = ? GROUP BY status")) {
            ps.setString(1, practice.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        counts.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2));
                    } catch (IllegalArgumentException e) {
                        // A status this version does not know (a newer writer): not counted.
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StorageException("Could not count requests by status", e);
        }
    }

    @Override
    public long overdue(PracticeId practice, LocalDate today) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*) FROM mr_request WHERE practice_id = ? AND open_due_date < ?")) {
            ps.setString(1, practice.value());
            ps.setDate(2, Date.valueOf(today));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StorageException("Could not count overdue requests", e);
        }
    }

    @Override
    public String toString() {
        return "JdbcStoreStatistics";
    }
}
