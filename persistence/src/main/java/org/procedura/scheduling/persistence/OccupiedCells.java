package org.procedura.scheduling.persistence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.SchedulingGrid;
import org.procedura.scheduling.model.SlotConflict;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code occupied_cell}: one per five-minute cell an appointment holds a clinician,
 * room or patient for. Its primary key is what refuses a double booking; rows are always written in
 * the same order (resource kind, resource, cell) so concurrent bookings lock in one order.
 */
@Component
class OccupiedCells {
  private static final Comparator<Map.Entry<ResourceRef, TimeSlot>> LOCK_ORDER =
      Comparator.<Map.Entry<ResourceRef, TimeSlot>, ResourceRef.Kind>comparing(
              e -> e.getKey().kind())
          .thenComparing(e -> e.getKey().id());

  private final JdbcTemplate jdbc;

  OccupiedCells(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @throws org.springframework.dao.DuplicateKeyException when a cell is held already
   */
  void occupy(AppointmentId appointment, Map<ResourceRef, TimeSlot> held) {
    List<Object[]> rows = new ArrayList<>();
    held.entrySet().stream()
        .sorted(LOCK_ORDER)
        .forEach(
            entry -> {
              for (var cell : SchedulingGrid.cellsOf(entry.getValue())) {
                rows.add(
                    new Object[] {
                      entry.getKey().kind().name(),
                      entry.getKey().id().toString(),
                      UtcTime.toColumn(cell),
                      appointment.toString()
                    });
              }
            });
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(
          "insert into occupied_cell (resource_kind, resource_id, cell_start, appointment_id)"
              + " values (?, ?, ?, ?)",
          rows);
    }
  }

  void release(AppointmentId appointment) {
    jdbc.update("delete from occupied_cell where appointment_id = ?", appointment.toString());
  }

  /** The other appointments holding any of these resources' cells within their held time. */
  List<SlotConflict> conflicts(AppointmentId self, Map<ResourceRef, TimeSlot> held) {
    List<SlotConflict> conflicts = new ArrayList<>();
    held.entrySet().stream()
        .sorted(LOCK_ORDER)
        .forEach(
            entry -> {
              List<LocalDateTime> cells =
                  SchedulingGrid.cellsOf(entry.getValue()).stream().map(UtcTime::toColumn).toList();
              conflicts.addAll(
                  jdbc.query(
                      """
                      select distinct a.id, a.start_at, a.end_at
                      from occupied_cell c join appointment a on a.id = c.appointment_id
                      where c.resource_kind = ? and c.resource_id = ?
                        and c.cell_start >= ? and c.cell_start <= ? and c.appointment_id <> ?
                      order by a.start_at
                      """,
                      (rs, row) ->
                          new SlotConflict(
                              entry.getKey().kind(),
                              entry.getKey().id(),
                              UUID.fromString(rs.getString("id")),
                              UtcTime.fromColumn(rs.getObject("start_at", LocalDateTime.class)),
                              UtcTime.fromColumn(rs.getObject("end_at", LocalDateTime.class))),
                      entry.getKey().kind().name(),
                      entry.getKey().id().toString(),
                      cells.getFirst(),
                      cells.getLast(),
                      self.toString()));
            });
    return conflicts;
  }
}
