package org.procedura.reports.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.Npi;
import org.procedura.shared.persistence.UtcTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small clinic written straight into the tables the reports read, on days long before any other
 * test's, and removed again afterwards (its past-due follow-ups would otherwise lead other tests'
 * worklists). Every row it writes is remembered, so that {@link #remove()} deletes exactly these.
 */
final class SmallClinic {
  private final JdbcTemplate jdbc;
  private final ZoneId zone;
  private final List<UUID> patients = new ArrayList<>();
  private final List<UUID> appointments = new ArrayList<>();
  private final List<UUID> referrals = new ArrayList<>();
  private final List<UUID> resources = new ArrayList<>();

  SmallClinic(JdbcTemplate jdbc, ZoneId zone) {
    this.jdbc = jdbc;
    this.zone = zone;
  }

  Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(zone).toInstant();
  }

  UUID patient() {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into patient (id, mrn, given_name, family_name, date_of_birth, sex, version)"
            + " values (?, ?, 'Report', 'Patient', '1960-05-05', 'FEMALE', 0)",
        id.toString(),
        "RPT" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    patients.add(id);
    return id;
  }

  UUID physician(String name) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into clinician (id, display_name, npi, active, version) values (?, ?, ?, true, 0)",
        id.toString(),
        name,
        npi());
    resources.add(id);
    return id;
  }

  /** A valid NPI: "9" and eight random digits, then the check digit that makes it one. */
  private static String npi() {
    String firstNine = "9" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    for (int check = 0; check <= 9; check++) {
      try {
        return new Npi(firstNine + check).value();
      } catch (InvalidInputException wrongCheckDigit) {
        // exactly one digit is right
      }
    }
    throw new IllegalStateException("no check digit for " + firstNine);
  }

  UUID room(String name) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into room (id, name, kind, imaging_modalities, active, version)"
            + " values (?, ?, 'PROCEDURE_SUITE', 'FLUOROSCOPY', true, 0)",
        id.toString(),
        name);
    resources.add(id);
    return id;
  }

  void works(String kind, UUID resource, int dayOfWeek, LocalTime from, LocalTime to) {
    jdbc.update(
        "insert into working_window (resource_kind, resource_id, day_of_week, start_time, end_time)"
            + " values (?, ?, ?, ?, ?)",
        kind,
        resource.toString(),
        dayOfWeek,
        from,
        to);
  }

  void away(String kind, UUID resource, Instant from, Instant to) {
    jdbc.update(
        "insert into unavailability (id, resource_kind, resource_id, start_at, end_at, reason)"
            + " values (?, ?, ?, ?, ?, 'Maintenance')",
        UUID.randomUUID().toString(),
        kind,
        resource.toString(),
        UtcTime.toColumn(from),
        UtcTime.toColumn(to));
  }

  /** An appointment; {@code type} null for a consult. */
  UUID appointment(
      UUID patient,
      String type,
      UUID physician,
      UUID room,
      Instant start,
      int minutes,
      String status,
      UUID referral) {
    UUID id = UUID.randomUUID();
    Instant end = start.plusSeconds(minutes * 60L);
    jdbc.update(
        "insert into appointment (id, patient_id, kind, procedure_type_code, spinal_region, levels,"
            + " laterality, referral_id, clinician_id, room_id, start_at, end_at, turnover_minutes,"
            + " held_until, status, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)",
        id.toString(),
        patient.toString(),
        type == null ? "CONSULT" : "PROCEDURE",
        type,
        type == null ? null : "LUMBAR",
        type == null ? null : "L4-L5",
        type == null ? null : "LEFT",
        referral == null ? null : referral.toString(),
        physician.toString(),
        room.toString(),
        UtcTime.toColumn(start),
        UtcTime.toColumn(end),
        UtcTime.toColumn(end),
        status);
    jdbc.update(
        "insert into appointment_event (appointment_id, seq, type, occurred_at, actor)"
            + " values (?, 0, 'BOOKED', ?, 'report-test')",
        id.toString(),
        UtcTime.toColumn(start.minusSeconds(30 * 86_400L)));
    appointments.add(id);
    return id;
  }

  void cancelled(UUID appointment, Instant at, String reason) {
    jdbc.update(
        "insert into appointment_event (appointment_id, seq, type, occurred_at, actor, note)"
            + " values (?, 1, 'CANCELLED', ?, 'report-test', ?)",
        appointment.toString(),
        UtcTime.toColumn(at),
        reason);
  }

  /** A completed procedure's record and its NRS (and ODI) baseline. */
  void record(
      UUID appointment,
      UUID patient,
      String type,
      UUID physician,
      Instant completed,
      int baselineNrs,
      Integer baselineOdi) {
    jdbc.update(
        "insert into procedure_record (appointment_id, patient_id, procedure_type_code,"
            + " physician_id, spinal_region, completed_at, version) values (?, ?, ?, ?, 'LUMBAR', ?, 0)",
        appointment.toString(),
        patient.toString(),
        type,
        physician.toString(),
        UtcTime.toColumn(completed));
    measure(appointment, patient, "BASELINE", "NRS", baselineNrs);
    if (baselineOdi != null) {
      measure(appointment, patient, "BASELINE", "ODI", baselineOdi);
    }
  }

  /** A follow-up; when done, its scores by scale. */
  void followUp(
      UUID procedure,
      UUID patient,
      String type,
      UUID physician,
      String label,
      LocalDate due,
      int windowDays,
      String status,
      Instant doneAt,
      Map<String, Integer> scores) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into follow_up (id, procedure_id, patient_id, procedure_type_code, physician_id,"
            + " label, due_on, window_opens_on, window_closes_on, status, done_at, done_by, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        id.toString(),
        procedure.toString(),
        patient.toString(),
        type,
        physician.toString(),
        label,
        due,
        due.minusDays(windowDays),
        due.plusDays(windowDays),
        status,
        UtcTime.toColumn(doneAt),
        doneAt == null ? null : "nurse");
    scores.forEach((scale, score) -> measure(procedure, patient, id.toString(), scale, score));
  }

  private void measure(UUID procedure, UUID patient, String point, String scale, int score) {
    jdbc.update(
        "insert into outcome_measure (procedure_id, measured_at_point, measure_scale, patient_id,"
            + " score, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, 'nurse')",
        procedure.toString(),
        point,
        scale,
        patient.toString(),
        BigDecimal.valueOf(score),
        UtcTime.toColumn(Instant.now()));
  }

  /** A referral received on a day, triaged at a moment (or not), in a status. */
  UUID referral(UUID patient, LocalDate received, Instant triaged, String status) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        "insert into referral (id, patient_id, status, urgency, received_on, recorded_at, reason,"
            + " physical_therapy_weeks, provider_name, provider_npi, version)"
            + " values (?, ?, ?, 'ROUTINE', ?, ?, 'Low back pain', 6, 'Dr. Referrer', '1234567893', 0)",
        id.toString(),
        patient.toString(),
        status,
        received,
        UtcTime.toColumn(at(received, 9, 0)));
    jdbc.update(
        "insert into referral_status_change (referral_id, entry_index, from_status, to_status,"
            + " changed_at, changed_by) values (?, 0, null, 'RECEIVED', ?, 'frontdesk')",
        id.toString(),
        UtcTime.toColumn(at(received, 9, 0)));
    if (triaged != null) {
      jdbc.update(
          "insert into referral_status_change (referral_id, entry_index, from_status, to_status,"
              + " changed_at, changed_by) values (?, 1, 'RECEIVED', 'TRIAGED', ?, 'physician')",
          id.toString(),
          UtcTime.toColumn(triaged));
    }
    referrals.add(id);
    return id;
  }

  void remove() {
    for (UUID id : appointments) {
      String a = id.toString();
      jdbc.update("delete from outcome_measure where procedure_id = ?", a);
      jdbc.update("delete from follow_up where procedure_id = ?", a);
      jdbc.update("delete from procedure_record where appointment_id = ?", a);
      jdbc.update("delete from appointment_event where appointment_id = ?", a);
    }
    appointments.forEach(id -> jdbc.update("delete from appointment where id = ?", id.toString()));
    for (UUID id : referrals) {
      jdbc.update("delete from referral_status_change where referral_id = ?", id.toString());
      jdbc.update("delete from referral where id = ?", id.toString());
    }
    for (UUID id : resources) {
      jdbc.update("delete from working_window where resource_id = ?", id.toString());
      jdbc.update("delete from unavailability where resource_id = ?", id.toString());
      jdbc.update("delete from room where id = ?", id.toString());
      jdbc.update("delete from clinician where id = ?", id.toString());
    }
    patients.forEach(id -> jdbc.update("delete from patient where id = ?", id.toString()));
  }
}
