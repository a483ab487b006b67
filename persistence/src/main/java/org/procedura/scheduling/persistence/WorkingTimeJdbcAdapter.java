package org.procedura.scheduling.persistence;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.procedura.scheduling.model.ResourceRef;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.scheduling.model.WorkingTime;
import org.procedura.scheduling.model.WorkingWindow;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Working hours and time away: small tables read whole per resource, so plain SQL. */
@Component
class WorkingTimeJdbcAdapter implements WorkingTime {
  private final NamedParameterJdbcTemplate jdbc;

  WorkingTimeJdbcAdapter(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<ResourceRef, WeeklyHours> hoursOf(Collection<ResourceRef> resources) {
    if (resources.isEmpty()) {
      return Map.of();
    }
    Map<ResourceRef, List<WorkingWindow>> windows = new HashMap<>();
    jdbc.query(
        """
        select resource_kind, resource_id, day_of_week, start_time, end_time
        from working_window where resource_id in (:ids)
        """,
        new MapSqlParameterSource("ids", ids(resources)),
        rs -> {
          var ref =
              new ResourceRef(
                  ResourceRef.Kind.valueOf(rs.getString("resource_kind")),
                  UUID.fromString(rs.getString("resource_id")));
          windows
              .computeIfAbsent(ref, r -> new ArrayList<>())
              .add(
                  new WorkingWindow(
                      DayOfWeek.of(rs.getInt("day_of_week")),
                      rs.getObject("start_time", LocalTime.class),
                      rs.getObject("end_time", LocalTime.class)));
        });
    Map<ResourceRef, WeeklyHours> hours = new HashMap<>();
    windows.forEach((ref, list) -> hours.put(ref, new WeeklyHours(list)));
    return hours;
  }

  @Override
  public void replaceHours(ResourceRef resource, WeeklyHours hours) {
    var key =
        new MapSqlParameterSource("kind", resource.kind().name())
            .addValue("id", resource.id().toString());
    jdbc.update(
        "delete from working_window where resource_kind = :kind and resource_id = :id", key);
    for (WorkingWindow window : hours.windows()) {
      jdbc.update(
          """
          insert into working_window (resource_kind, resource_id, day_of_week, start_time, end_time)
          values (:kind, :id, :day, :start, :end)
          """,
          new MapSqlParameterSource(key.getValues())
              .addValue("day", window.day().getValue())
              .addValue("start", window.start())
              .addValue("end", window.end()));
    }
  }

  @Override
  public void add(Unavailability away) {
    jdbc.update(
        """
        insert into unavailability (id, resource_kind, resource_id, start_at, end_at, reason)
        values (:id, :kind, :resource, :start, :end, :reason)
        """,
        new MapSqlParameterSource("id", away.id().toString())
            .addValue("kind", away.resource().kind().name())
            .addValue("resource", away.resource().id().toString())
            .addValue("start", UtcTime.toColumn(away.period().start()))
            .addValue("end", UtcTime.toColumn(away.period().end()))
            .addValue("reason", away.reason()));
  }

  @Override
  public List<Unavailability> unavailability(Collection<ResourceRef> resources, TimeSlot window) {
    if (resources.isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        """
        select id, resource_kind, resource_id, start_at, end_at, reason from unavailability
        where resource_id in (:ids) and start_at < :end and end_at > :start
        order by start_at, id
        """,
        new MapSqlParameterSource("ids", ids(resources))
            .addValue("start", UtcTime.toColumn(window.start()))
            .addValue("end", UtcTime.toColumn(window.end())),
        (rs, row) ->
            new Unavailability(
                UUID.fromString(rs.getString("id")),
                new ResourceRef(
                    ResourceRef.Kind.valueOf(rs.getString("resource_kind")),
                    UUID.fromString(rs.getString("resource_id"))),
                new TimeSlot(
                    UtcTime.fromColumn(rs.getObject("start_at", LocalDateTime.class)),
                    UtcTime.fromColumn(rs.getObject("end_at", LocalDateTime.class))),
                rs.getString("reason")));
  }

  private static List<String> ids(Collection<ResourceRef> resources) {
    return resources.stream().map(ref -> ref.id().toString()).distinct().toList();
  }
}
