package org.procedura.reports.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.outcomes.model.Scale;
import org.procedura.reports.model.FollowUpCount;
import org.procedura.reports.model.GroupStep;
import org.procedura.reports.model.OutcomeFigures;
import org.procedura.reports.model.OutcomeGrouping;
import org.procedura.reports.model.ReliefObservation;
import org.procedura.reports.model.ScoreCount;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outcome reports' read model: procedures by their completion ({@code ix_record_completed}),
 * their follow-ups ({@code ix_follow_up_procedure}) and the measures taken at each (the primary key
 * of {@code outcome_measure}). The database counts; who responded is decided in the domain, from
 * the counts of each pair of scores (NRS is whole points, so a step has at most 121 pairs).
 */
@Component
class OutcomeFiguresJdbcAdapter implements OutcomeFigures {
  private static final String ROW = "type, grp, grp_name, step_order, step";

  private final NamedParameterJdbcTemplate jdbc;

  OutcomeFiguresJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<FollowUpCount> followUps(TimeSlot completed, OutcomeGrouping by, LocalDate today) {
    String sql =
        """
        select %1$s, status, window_closed, count(*) as n
        from (select %2$s, f.status,
                     case when f.window_closes_on < :today then 1 else 0 end as window_closed
              %3$s
              %4$s) x
        group by %1$s, status, window_closed
        """
            .formatted(ROW, rowColumns(by), fromProcedures(by), WHERE_COMPLETED);
    return jdbc.query(
        sql,
        window(completed).addValue("today", Date.valueOf(today)),
        (rs, n) ->
            new FollowUpCount(
                row(rs),
                FollowUpStatus.valueOf(rs.getString("status")),
                rs.getInt("window_closed") == 1,
                rs.getLong("n")));
  }

  @Override
  public List<ScoreCount> scores(TimeSlot completed, OutcomeGrouping by) {
    String sql =
        """
        select %1$s, scale, baseline, score, count(*) as n
        from (select %2$s, m.measure_scale as scale, b.score as baseline, m.score
              %3$s
                join outcome_measure m on m.procedure_id = r.appointment_id
                  and m.measured_at_point = f.id
                  and m.measure_scale in ('NRS', 'ODI', 'NDI', 'PGIC')
                left join outcome_measure b on b.procedure_id = r.appointment_id
                  and b.measured_at_point = 'BASELINE' and b.measure_scale = m.measure_scale
              %4$s
                and f.status = 'DONE' and (m.measure_scale = 'PGIC' or b.score is not null)) x
        group by %1$s, scale, baseline, score
        """
            .formatted(ROW, rowColumns(by), fromProcedures(by), WHERE_COMPLETED);
    return jdbc.query(
        sql,
        window(completed),
        (rs, n) ->
            new ScoreCount(
                row(rs),
                Scale.valueOf(rs.getString("scale")),
                rs.getBigDecimal("baseline"),
                rs.getBigDecimal("score"),
                rs.getLong("n")));
  }

  @Override
  public List<ReliefObservation> relief(TimeSlot completed) {
    String sql =
        """
        select r.appointment_id, r.procedure_type_code, r.completed_at, f.done_at,
               b.score as baseline_nrs, nrs.score as nrs, pr.score as percent_relief
        from procedure_record r
          join follow_up f on f.procedure_id = r.appointment_id and f.status = 'DONE'
          left join outcome_measure nrs on nrs.procedure_id = r.appointment_id
            and nrs.measured_at_point = f.id and nrs.measure_scale = 'NRS'
          left join outcome_measure pr on pr.procedure_id = r.appointment_id
            and pr.measured_at_point = f.id and pr.measure_scale = 'PERCENT_RELIEF'
          left join outcome_measure b on b.procedure_id = r.appointment_id
            and b.measured_at_point = 'BASELINE' and b.measure_scale = 'NRS'
        where r.completed_at >= :from and r.completed_at < :to
        order by r.appointment_id, f.done_at
        """;
    return jdbc.query(
        sql,
        window(completed),
        (rs, n) ->
            new ReliefObservation(
                UUID.fromString(rs.getString("appointment_id")),
                rs.getString("procedure_type_code"),
                UtcTime.fromColumn(rs.getObject("completed_at", LocalDateTime.class)),
                UtcTime.fromColumn(rs.getObject("done_at", LocalDateTime.class)),
                rs.getBigDecimal("baseline_nrs"),
                rs.getBigDecimal("nrs"),
                rs.getBigDecimal("percent_relief")));
  }

  private static final String WHERE_COMPLETED =
      "where r.completed_at >= :from and r.completed_at < :to";

  private static String rowColumns(OutcomeGrouping by) {
    String group =
        switch (by) {
          case PROCEDURE_TYPE ->
              "cast(null as char(36)) as grp, cast(null as char(100)) as grp_name";
          case REGION ->
              "coalesce(r.spinal_region, 'NONE') as grp, cast(null as char(100)) as grp_name";
          case PHYSICIAN -> "r.physician_id as grp, c.display_name as grp_name";
        };
    return "r.procedure_type_code as type, "
        + group
        + ", coalesce(s.seq, 999) as step_order, f.label as step";
  }

  private static String fromProcedures(OutcomeGrouping by) {
    return """
        from procedure_record r
          join follow_up f on f.procedure_id = r.appointment_id
          left join follow_up_protocol_step s
            on s.procedure_type_code = r.procedure_type_code and s.label = f.label
        """
        + (by == OutcomeGrouping.PHYSICIAN
            ? "  left join clinician c on c.id = r.physician_id\n"
            : "");
  }

  private static GroupStep row(ResultSet rs) throws SQLException {
    return new GroupStep(
        rs.getString("type"),
        rs.getString("grp"),
        rs.getString("grp_name"),
        rs.getInt("step_order"),
        rs.getString("step"));
  }

  private static MapSqlParameterSource window(TimeSlot completed) {
    return new MapSqlParameterSource("from", UtcTime.toColumn(completed.start()))
        .addValue("to", UtcTime.toColumn(completed.end()));
  }
}
