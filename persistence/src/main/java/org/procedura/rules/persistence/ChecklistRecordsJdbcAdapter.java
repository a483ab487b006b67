package org.procedura.rules.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.procedura.rules.model.ChecklistEntry;
import org.procedura.rules.model.ChecklistItem;
import org.procedura.rules.model.ChecklistRecords;
import org.procedura.rules.model.ChecklistValue;
import org.procedura.rules.model.Meal;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checklist entries in {@code checklist_entry}, only ever appended: the latest of an item (highest
 * id) counts. The baseline pain score is not here: it is the procedure's baseline in the outcomes.
 */
@Component
class ChecklistRecordsJdbcAdapter implements ChecklistRecords {
  private final JdbcTemplate jdbc;

  ChecklistRecordsJdbcAdapter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void record(AppointmentId appointment, ChecklistEntry entry) {
    Boolean answer = null;
    BigDecimal reading = null;
    LocalDateTime takenAt = null;
    String meal = null;
    switch (entry.value()) {
      case ChecklistValue.Answer a -> answer = a.yes();
      case ChecklistValue.Reading r -> reading = r.value();
      case ChecklistValue.LastMeal m -> {
        takenAt = UtcTime.toColumn(m.at());
        meal = m.meal().name();
      }
      case ChecklistValue.LastLiquids l -> takenAt = UtcTime.toColumn(l.at());
      case ChecklistValue.Checked c -> {}
      case ChecklistValue.PainScores p ->
          throw new IllegalArgumentException("the baseline pain score is kept by the outcomes");
    }
    jdbc.update(
        "insert into checklist_entry (appointment_id, item, answer, reading, taken_at, meal,"
            + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
        appointment.toString(),
        entry.item().name(),
        answer,
        reading,
        takenAt,
        meal,
        UtcTime.toColumn(entry.recorded().at()),
        entry.recorded().by().username());
  }

  @Override
  public List<ChecklistEntry> of(AppointmentId appointment) {
    return jdbc.query(
        "select item, answer, reading, taken_at, meal, recorded_at, recorded_by"
            + " from checklist_entry where appointment_id = ? order by id",
        (rs, row) -> entry(rs),
        appointment.toString());
  }

  private static ChecklistEntry entry(ResultSet rs) throws SQLException {
    ChecklistItem item = ChecklistItem.valueOf(rs.getString("item"));
    ChecklistValue value =
        switch (item.kind()) {
          case CHECK -> new ChecklistValue.Checked();
          case ANSWER -> new ChecklistValue.Answer(rs.getBoolean("answer"));
          case READING -> new ChecklistValue.Reading(rs.getBigDecimal("reading"));
          case MEAL -> new ChecklistValue.LastMeal(takenAt(rs), Meal.valueOf(rs.getString("meal")));
          case LIQUIDS -> new ChecklistValue.LastLiquids(takenAt(rs));
          case PAIN_SCORES ->
              throw new IllegalStateException("the baseline pain score is kept by the outcomes");
        };
    return new ChecklistEntry(
        item,
        value,
        new Stamp(
            UtcTime.fromColumn(rs.getObject("recorded_at", LocalDateTime.class)),
            new Actor(rs.getString("recorded_by"))));
  }

  private static Instant takenAt(ResultSet rs) throws SQLException {
    return UtcTime.fromColumn(rs.getObject("taken_at", LocalDateTime.class));
  }
}
