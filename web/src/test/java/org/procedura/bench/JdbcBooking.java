package org.procedura.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.procedura.scheduling.model.SchedulingGrid;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.persistence.UtcTime;

/**
 * The baseline: the same booking writes and the same conflict check as the application, written by
 * hand over one JDBC connection, with nothing else (no HTTP, JSON, security, ORM or lookups).
 */
final class JdbcBooking implements AutoCloseable {
  private final Connection db;
  private final PreparedStatement conflicts;
  private final PreparedStatement appointment;
  private final PreparedStatement event;
  private final PreparedStatement cell;

  JdbcBooking(String url, String user, String password) throws SQLException {
    db = DriverManager.getConnection(url, user, password);
    db.setAutoCommit(false);
    db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    conflicts =
        db.prepareStatement(
            "select distinct c.appointment_id from occupied_cell c"
                + " where c.resource_kind = ? and c.resource_id = ? and c.cell_start >= ? and c.cell_start <= ?");
    appointment =
        db.prepareStatement(
            "insert into appointment (id, patient_id, kind, procedure_type_code, spinal_region, levels,"
                + " laterality, clinician_id, room_id, start_at, end_at, turnover_minutes, held_until,"
                + " status, version) values (?, ?, 'PROCEDURE', 'ESI_TF_LUMB', 'LUMBAR', 'L4-L5', 'LEFT',"
                + " ?, ?, ?, ?, 10, ?, 'BOOKED', 0)");
    event =
        db.prepareStatement(
            "insert into appointment_event (appointment_id, seq, type, occurred_at, actor)"
                + " values (?, 0, 'BOOKED', ?, 'baseline')");
    cell =
        db.prepareStatement(
            "insert into occupied_cell (resource_kind, resource_id, cell_start, appointment_id)"
                + " values (?, ?, ?, ?)");
  }

  /** Books a 30-minute TF-ESI with 10 minutes' turnover; 201 when booked, 409 when taken. */
  int book(UUID patient, UUID clinician, UUID room, Instant start) throws SQLException {
    TimeSlot slot = TimeSlot.of(start, Duration.ofMinutes(30));
    TimeSlot held = slot.extendedBy(Duration.ofMinutes(10));
    Map<String[], TimeSlot> resources = new LinkedHashMap<>();
    resources.put(new String[] {"CLINICIAN", clinician.toString()}, held);
    resources.put(new String[] {"ROOM", room.toString()}, held);
    resources.put(new String[] {"PATIENT", patient.toString()}, slot);
    try {
      for (var resource : resources.entrySet()) {
        var cells = SchedulingGrid.cellsOf(resource.getValue());
        conflicts.setString(1, resource.getKey()[0]);
        conflicts.setString(2, resource.getKey()[1]);
        conflicts.setObject(3, UtcTime.toColumn(cells.getFirst()));
        conflicts.setObject(4, UtcTime.toColumn(cells.getLast()));
        try (var rows = conflicts.executeQuery()) {
          if (rows.next()) {
            db.rollback();
            return 409;
          }
        }
      }
      String id = UUID.randomUUID().toString();
      appointment.setString(1, id);
      appointment.setString(2, patient.toString());
      appointment.setString(3, clinician.toString());
      appointment.setString(4, room.toString());
      appointment.setObject(5, UtcTime.toColumn(slot.start()));
      appointment.setObject(6, UtcTime.toColumn(slot.end()));
      appointment.setObject(7, UtcTime.toColumn(held.end()));
      appointment.executeUpdate();
      event.setString(1, id);
      event.setObject(2, UtcTime.toColumn(Instant.now()));
      event.executeUpdate();
      for (var resource : resources.entrySet()) {
        for (Instant start1 : SchedulingGrid.cellsOf(resource.getValue())) {
          cell.setString(1, resource.getKey()[0]);
          cell.setString(2, resource.getKey()[1]);
          cell.setObject(3, UtcTime.toColumn(start1));
          cell.setString(4, id);
          cell.addBatch();
        }
      }
      cell.executeBatch();
      db.commit();
      return 201;
    } catch (SQLIntegrityConstraintViolationException | java.sql.BatchUpdateException taken) {
      db.rollback();
      return 409;
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
