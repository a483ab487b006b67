package org.procedura.reports.persistence;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.procedura.reports.model.AttendanceCount;
import org.procedura.reports.model.OpenReferrals;
import org.procedura.reports.model.OperationsFigures;
import org.procedura.reports.model.ReasonCount;
import org.procedura.reports.model.ReferralMilestones;
import org.procedura.reports.model.ResourceDay;
import org.procedura.scheduling.model.AppointmentStatus;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The operations reports' read model: sums over appointments by their start (through {@code
 * ix_appointment_report}, which covers every column summed), referrals by the day received, and
 * each referral's bookings through {@code ix_appointment_referral}.
 */
@Component
class OperationsFiguresJdbcAdapter implements OperationsFigures {
  private static final int MOST_REASONS = 20;

  private final NamedParameterJdbcTemplate jdbc;

  OperationsFiguresJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ResourceDay> minutesPerDay(
      ResourceRef.Kind kind, LocalDate from, LocalDate to, ZoneId zone) {
    String column = kind == ResourceRef.Kind.ROOM ? "a.room_id" : "a.clinician_id";
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    String sql =
        """
        select resource_id, clinic_day, sum(held_minutes) as booked,
               sum(case when status = 'COMPLETED' then held_minutes else 0 end) as used
        from (select %s as resource_id, %s as clinic_day, a.status,
                     timestampdiff(MINUTE, a.start_at, a.end_at) as held_minutes
              from appointment a
              where a.start_at >= :from and a.start_at < :to
                and a.status not in ('CANCELLED', 'NO_SHOW')) x
        group by resource_id, clinic_day
        """
            .formatted(column, ClinicDays.dayOf("a.start_at", zone, start, end));
    return jdbc.query(
        sql,
        window(start, end),
        (rs, n) ->
            new ResourceDay(
                UUID.fromString(rs.getString("resource_id")),
                rs.getObject("clinic_day", LocalDate.class),
                rs.getLong("booked"),
                rs.getLong("used")));
  }

  @Override
  public List<AttendanceCount> attendance(TimeSlot window, Duration lateNotice) {
    String sql =
        """
        select type, status, late, count(*) as n
        from (select coalesce(a.procedure_type_code, a.kind) as type, a.status,
                     case when a.status = 'CANCELLED' and exists (
                            select 1 from appointment_event e
                            where e.appointment_id = a.id and e.type = 'CANCELLED'
                              and e.occurred_at > timestampadd(MINUTE, :notice, a.start_at))
                          then 1 else 0 end as late
              from appointment a
              where a.start_at >= :from and a.start_at < :to) x
        group by type, status, late
        """;
    return jdbc.query(
        sql,
        window(window.start(), window.end()).addValue("notice", -lateNotice.toMinutes()),
        (rs, n) ->
            new AttendanceCount(
                rs.getString("type"),
                AppointmentStatus.valueOf(rs.getString("status")),
                rs.getInt("late") == 1,
                rs.getLong("n")));
  }

  @Override
  public List<ReasonCount> cancellationReasons(TimeSlot window, Duration lateNotice) {
    String sql =
        """
        select reason, late, count(*) as n
        from (select coalesce(e.note, '') as reason,
                     case when e.occurred_at > timestampadd(MINUTE, :notice, a.start_at)
                          then 1 else 0 end as late
              from appointment a
                join appointment_event e on e.appointment_id = a.id and e.type = 'CANCELLED'
              where a.start_at >= :from and a.start_at < :to and a.status = 'CANCELLED') x
        group by reason, late
        order by n desc, reason, late
        """;
    return jdbc
        .query(
            sql,
            window(window.start(), window.end()).addValue("notice", -lateNotice.toMinutes()),
            (rs, n) ->
                new ReasonCount(rs.getString("reason"), rs.getInt("late") == 1, rs.getLong("n")))
        .stream()
        .limit(MOST_REASONS)
        .toList();
  }

  @Override
  public List<ReferralMilestones> referrals(LocalDate from, LocalDate to) {
    String sql =
        """
        select r.received_on,
               (select min(c.changed_at) from referral_status_change c
                where c.referral_id = r.id and c.to_status = 'TRIAGED') as triaged_at,
               (select min(a.start_at) from appointment a
                where a.referral_id = r.id and a.kind = 'CONSULT' and a.status = 'COMPLETED')
                 as consult_at,
               (select min(a.start_at) from appointment a
                where a.referral_id = r.id and a.kind = 'PROCEDURE' and a.status = 'COMPLETED')
                 as procedure_at
        from referral r
        where r.received_on >= :from and r.received_on <= :to
        """;
    return jdbc.query(
        sql,
        new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)),
        (rs, n) ->
            new ReferralMilestones(
                rs.getObject("received_on", LocalDate.class),
                instant(rs.getObject("triaged_at", LocalDateTime.class)),
                instant(rs.getObject("consult_at", LocalDateTime.class)),
                instant(rs.getObject("procedure_at", LocalDateTime.class))));
  }

  @Override
  public List<OpenReferrals> openReferrals(LocalDate receivedBefore) {
    String sql =
        """
        select status, count(*) as n, min(received_on) as oldest
        from referral
        where status in ('RECEIVED', 'TRIAGED', 'ACCEPTED') and received_on < :before
        group by status
        order by oldest
        """;
    return jdbc.query(
        sql,
        new MapSqlParameterSource("before", Date.valueOf(receivedBefore)),
        (rs, n) ->
            new OpenReferrals(
                rs.getString("status"), rs.getLong("n"), rs.getObject("oldest", LocalDate.class)));
  }

  private static MapSqlParameterSource window(Instant from, Instant to) {
    return new MapSqlParameterSource("from", UtcTime.toColumn(from))
        .addValue("to", UtcTime.toColumn(to));
  }

  private static Instant instant(LocalDateTime column) {
    return UtcTime.fromColumn(column);
  }
}
