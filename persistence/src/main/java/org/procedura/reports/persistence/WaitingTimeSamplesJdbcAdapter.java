package org.procedura.reports.persistence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.procedura.reports.model.WaitingTimeSample;
import org.procedura.reports.model.WaitingTimeSamples;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The daily waiting-time samples, only ever appended; the primary key (day, type) refuses a second
 * sample of the same day, which is how a repeated or concurrent run keeps the first.
 */
@Component
class WaitingTimeSamplesJdbcAdapter implements WaitingTimeSamples {
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  WaitingTimeSamplesJdbcAdapter(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean record(WaitingTimeSample sample) {
    try {
      jdbc.update(
          "insert into waiting_time_sample (sampled_on, procedure_type_code, first_slot_at,"
              + " wait_days, recorded_at) values (:on, :type, :slot, :wait, :at)",
          new MapSqlParameterSource("on", Date.valueOf(sample.sampledOn()))
              .addValue("type", sample.procedureType())
              .addValue("slot", UtcTime.toColumn(sample.firstSlotAt()))
              .addValue("wait", sample.waitDays())
              .addValue("at", UtcTime.toColumn(clock.instant())));
      return true;
    } catch (DuplicateKeyException sampledAlready) {
      return false;
    }
  }

  @Override
  public List<WaitingTimeSample> between(LocalDate from, LocalDate to) {
    return jdbc.query(
        "select sampled_on, procedure_type_code, first_slot_at, wait_days from waiting_time_sample"
            + " where sampled_on >= :from and sampled_on <= :to"
            + " order by procedure_type_code, sampled_on",
        new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)),
        (rs, n) ->
            new WaitingTimeSample(
                rs.getObject("sampled_on", LocalDate.class),
                rs.getString("procedure_type_code"),
                UtcTime.fromColumn(rs.getObject("first_slot_at", LocalDateTime.class)),
                rs.getObject("wait_days") == null ? null : rs.getLong("wait_days")));
  }
}
