package org.procedura.rules.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.procedura.catalog.model.ImagingModality;
import org.procedura.catalog.model.ProcedureCategory;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Relief;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.PatientId;
import org.procedura.rules.model.PastProcedure;
import org.procedura.rules.model.PatientFacts;
import org.procedura.rules.model.ProcedureFacts;
import org.procedura.scheduling.model.Laterality;
import org.procedura.shared.persistence.DelimitedValues;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The procedures on a patient's chart in five queries: the procedure appointments that are booked
 * or were done (with the procedure record's latest revision, which tells what was actually done),
 * the measures, the follow-ups, the pain diary and the procedures done elsewhere. Relief is
 * computed as the outcomes compute it: against the NRS baseline, else the patient's own percent
 * relief.
 */
@Component
class ChartedProcedures {
  private final NamedParameterJdbcTemplate jdbc;
  private final ZoneId zone;

  ChartedProcedures(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.zone = clock.getZone();
  }

  private record Row(
      UUID appointment,
      boolean done,
      ProcedureTypeCode type,
      ProcedureCategory category,
      ProcedurePurpose purpose,
      SpinalRegion region,
      List<String> levels,
      Laterality laterality,
      LocalDate date,
      ImagingModality imaging,
      boolean contrast) {}

  /** Where a procedure was done, as its row holds it: region, levels and side, each optional. */
  private record Site(SpinalRegion region, List<String> levels, Laterality laterality) {
    static Site read(ResultSet rs, String regionColumn) throws SQLException {
      String region = rs.getString(regionColumn);
      String laterality = rs.getString("laterality");
      return new Site(
          region == null ? null : SpinalRegion.valueOf(region),
          DelimitedValues.toList(rs.getString("levels"), s -> s),
          laterality == null ? null : Laterality.valueOf(laterality));
    }
  }

  private record Followed(String id, String procedure, LocalDate doneOn) {}

  private record Scored(String procedure, String point, Scale scale, BigDecimal score) {}

  /**
   * The procedures on the chart, and the patient's most recent pre-procedure pain score: the NRS
   * baseline of the latest procedure that has one (null when none does).
   */
  record Procedures(List<PastProcedure> list, PatientFacts.PainScore lastPainScore) {}

  Procedures of(PatientId patient) {
    var id = Map.of("patient", patient.toString());
    List<Row> rows =
        jdbc.query(
            """
            select a.id, a.status, a.procedure_type_code, t.category,
              coalesce(a.purpose, t.purpose) as purpose,
              coalesce(v.spinal_region, a.spinal_region) as region,
              coalesce(v.levels, a.levels) as levels,
              coalesce(v.laterality, a.laterality) as laterality,
              coalesce(v.performed_at, p.completed_at, a.start_at) as performed_at,
              v.imaging, v.contrast_ml
            from appointment a
            join procedure_type t on t.code = a.procedure_type_code
            left join procedure_record p on p.appointment_id = a.id
            left join procedure_record_revision v on v.appointment_id = a.id
              and v.revision = (select max(r.revision) from procedure_record_revision r
                                where r.appointment_id = a.id)
            where a.patient_id = :patient and a.kind = 'PROCEDURE'
              and a.status not in ('CANCELLED', 'NO_SHOW')
            """,
            id,
            (rs, n) -> {
              String imaging = rs.getString("imaging");
              BigDecimal contrastMl = rs.getBigDecimal("contrast_ml");
              Site site = Site.read(rs, "region");
              return new Row(
                  UUID.fromString(rs.getString("id")),
                  "COMPLETED".equals(rs.getString("status")),
                  new ProcedureTypeCode(rs.getString("procedure_type_code")),
                  ProcedureCategory.valueOf(rs.getString("category")),
                  ProcedurePurpose.valueOf(rs.getString("purpose")),
                  site.region(),
                  site.levels(),
                  site.laterality(),
                  day(rs.getObject("performed_at", LocalDateTime.class)),
                  imaging == null ? null : ImagingModality.valueOf(imaging),
                  contrastMl != null && contrastMl.signum() > 0);
            });
    Map<String, Map<Scale, Measure>> baselines = new HashMap<>();
    Map<String, List<Measure>> measuresAt = new HashMap<>();
    for (Scored scored : measures(id)) {
      var measure = new Measure(scored.scale(), scored.score(), List.of());
      if ("BASELINE".equals(scored.point())) {
        baselines
            .computeIfAbsent(scored.procedure(), k -> new EnumMap<>(Scale.class))
            .put(scored.scale(), measure);
      } else {
        measuresAt.computeIfAbsent(scored.point(), k -> new ArrayList<>()).add(measure);
      }
    }
    Map<String, List<Followed>> followUps = new HashMap<>();
    followUps(id)
        .forEach(f -> followUps.computeIfAbsent(f.procedure(), k -> new ArrayList<>()).add(f));
    Map<String, List<Integer>> diary = new HashMap<>();
    jdbc.query(
        "select e.appointment_id, e.nrs from pain_diary_entry e"
            + " join procedure_record p on p.appointment_id = e.appointment_id"
            + " where p.patient_id = :patient",
        id,
        rs -> {
          diary
              .computeIfAbsent(rs.getString("appointment_id"), k -> new ArrayList<>())
              .add(rs.getInt("nrs"));
        });
    List<PastProcedure> chart = new ArrayList<>();
    for (Row row : rows) {
      if (!row.done()) {
        chart.add(booked(row));
        continue;
      }
      String key = row.appointment().toString();
      var baseline = baselines.getOrDefault(key, Map.of());
      List<Followed> followed = followUps.getOrDefault(key, List.of());
      List<DurableRelief.Point> points = new ArrayList<>();
      for (Followed f : followed) {
        BigDecimal relief =
            Relief.shownBy(baseline, measuresAt.getOrDefault(f.id(), List.of())).orElse(null);
        if (f.doneOn() != null) {
          points.add(new DurableRelief.Point(f.doneOn(), relief));
        }
      }
      Measure before = baseline.get(Scale.NRS);
      Stream<BigDecimal> diaryRelief =
          before == null
              ? Stream.empty()
              : diary.getOrDefault(key, List.of()).stream()
                  .map(nrs -> Relief.percent(before.score(), BigDecimal.valueOf(nrs)));
      Integer peak =
          Stream.concat(points.stream().map(DurableRelief.Point::percent), diaryRelief)
              .filter(Objects::nonNull)
              .max(Comparator.naturalOrder())
              .map(BigDecimal::intValue)
              .orElse(null);
      var durable = DurableRelief.since(row.date(), points);
      Period lasted =
          durable.lastedUntil() == null ? null : Period.between(row.date(), durable.lastedUntil());
      chart.add(
          new PastProcedure(
              facts(row), peak, lasted, PastProcedure.Source.DONE_HERE, row.appointment()));
    }
    chart.addAll(elsewhere(id));
    PatientFacts.PainScore lastScore = null;
    for (Row row : rows) {
      Measure nrs = baselines.getOrDefault(row.appointment().toString(), Map.of()).get(Scale.NRS);
      if (nrs != null && (lastScore == null || row.date().isAfter(lastScore.takenOn()))) {
        lastScore = new PatientFacts.PainScore(nrs.score().intValue(), row.date());
      }
    }
    return new Procedures(chart, lastScore);
  }

  /**
   * Procedures done elsewhere, as clinical staff recorded them from a document (not those entered
   * in error): relief of at least half counts as lasting for the period recorded, or until the day
   * it was last known to last.
   */
  private List<PastProcedure> elsewhere(Map<String, String> id) {
    return jdbc.query(
        """
        select o.performed_on, o.procedure_type_code, t.category, t.purpose, o.spinal_region,
          o.levels, o.laterality, o.relief_percent, o.relief_lasted, o.relief_still_lasting_on
        from outside_procedure o join procedure_type t on t.code = o.procedure_type_code
        where o.patient_id = :patient and o.entered_in_error_at is null
        """,
        id,
        (rs, n) -> {
          Site site = Site.read(rs, "spinal_region");
          LocalDate on = rs.getObject("performed_on", LocalDate.class);
          Integer relief = (Integer) rs.getObject("relief_percent", Integer.class);
          String lastedFor = rs.getString("relief_lasted");
          LocalDate stillLastingOn = rs.getObject("relief_still_lasting_on", LocalDate.class);
          Period lasted =
              relief == null || relief < Relief.DURABLE.intValue()
                  ? null
                  : lastedFor != null
                      ? Period.parse(lastedFor)
                      : stillLastingOn != null ? Period.between(on, stillLastingOn) : null;
          var facts =
              new ProcedureFacts(
                  new ProcedureTypeCode(rs.getString("procedure_type_code")),
                  ProcedureCategory.valueOf(rs.getString("category")),
                  ProcedurePurpose.valueOf(rs.getString("purpose")),
                  site.region(),
                  site.levels(),
                  site.laterality(),
                  on,
                  null,
                  false,
                  null);
          return PastProcedure.elsewhere(facts, relief, lasted);
        });
  }

  private List<Scored> measures(Map<String, String> id) {
    return jdbc.query(
        "select procedure_id, measured_at_point, measure_scale, score from outcome_measure"
            + " where patient_id = :patient",
        id,
        (rs, n) ->
            new Scored(
                rs.getString("procedure_id"),
                rs.getString("measured_at_point"),
                Scale.valueOf(rs.getString("measure_scale")),
                rs.getBigDecimal("score")));
  }

  private List<Followed> followUps(Map<String, String> id) {
    return jdbc.query(
        "select id, procedure_id, done_at from follow_up where patient_id = :patient"
            + " and status = 'DONE'",
        id,
        (rs, n) ->
            new Followed(
                rs.getString("id"),
                rs.getString("procedure_id"),
                day(rs.getObject("done_at", LocalDateTime.class))));
  }

  private PastProcedure booked(Row row) {
    return PastProcedure.booked(facts(row), row.appointment());
  }

  private static ProcedureFacts facts(Row row) {
    return new ProcedureFacts(
        row.type(),
        row.category(),
        row.purpose(),
        row.region(),
        row.levels(),
        row.laterality(),
        row.date(),
        row.imaging(),
        row.contrast(),
        null);
  }

  private LocalDate day(LocalDateTime column) {
    return column == null ? null : LocalDate.ofInstant(UtcTime.fromColumn(column), zone);
  }
}
