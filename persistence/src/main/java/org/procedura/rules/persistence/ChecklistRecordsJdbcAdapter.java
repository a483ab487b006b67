package org.procedura.rules.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistRecords;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ChecklistRecordsJdbcAdapter implements ChecklistRecords {
  private final JdbcTemplate jdbc;

  ChecklistRecordsJdbcAdapter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void record(AppointmentId appointment, ChecklistItem item, String by, Instant at) {
    // a second nurse ticking the same item, or a retried request, keeps the first record
    jdbc.update(
        "insert into appointment_checklist_item (appointment_id, item, recorded_by, recorded_at)"
            + " values (?, ?, ?, ?) on duplicate key update item = item",
        appointment.toString(),
        item.name(),
        by,
        UtcTime.toColumn(at));
  }

  @Override
  public Map<ChecklistItem, Instant> of(AppointmentId appointment) {
    Map<ChecklistItem, Instant> recorded = new EnumMap<>(ChecklistItem.class);
    jdbc.query(
        "select item, recorded_at from appointment_checklist_item where appointment_id = ?",
        rs -> {
          recorded.put(
              ChecklistItem.valueOf(rs.getString("item")),
              UtcTime.fromColumn(rs.getObject("recorded_at", LocalDateTime.class)));
        },
        appointment.toString());
    return recorded;
  }
}
