package org.procedura.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.procedura.scheduling.model.SchedulingGrid;
import org.procedura.scheduling.model.TimeSlot;
import org.procedura.shared.model.InvalidInputException;
import org.procedura.shared.model.Npi;
import org.procedura.shared.persistence.UtcTime;

/**
 * Seeds, with plain JDBC batches, a clinic group busy for a whole year: 45 clinicians, 30 rooms (20
 * procedure suites, 10 consult rooms) open 07:00-19:00 every day, about 200,000 appointments from
 * half a year back to half a year ahead, with the cells they hold. Free 40-minute stretches in
 * fluoroscopy suites are left on purpose and recorded, so that the booking benchmark books into
 * known free time and every refusal would be a real defect.
 */
final class LargeClinic {
  static final int CLINICIANS = 45;
  static final int FLUOROSCOPY_ROOMS = 17;
  static final int ULTRASOUND_ROOMS = 3;
  static final int CONSULT_ROOMS = 10;
  static final int PATIENTS = 20_000;
  static final LocalTime OPENS = LocalTime.of(7, 0);
  static final LocalTime CLOSES = LocalTime.of(19, 0);
  static final double FILL = 0.85;
  static final Duration TURNOVER = Duration.ofMinutes(10);
  private static final String[][] FLUOROSCOPY_PROCEDURES = {
    {"ESI_TF_LUMB", "30"},
    {"ESI_IL_LUMB", "20"},
    {"MBB_LUMB", "20"},
    {"RFA_LUMB", "45"},
    {"SI_JOINT", "20"},
    {"FACET_IA", "20"}
  };
  private static final String[] CREDENTIALS = {
    "ESI_TF_LUMB", "ESI_IL_LUMB", "MBB_LUMB", "RFA_LUMB", "SI_JOINT", "FACET_IA", "SGB"
  };

  /** A free stretch for one 30-minute procedure and its turnover. */
  record Gap(UUID clinician, UUID room, Instant start) {}

  final List<UUID> clinicians = new ArrayList<>();
  final List<UUID> fluoroscopyRooms = new ArrayList<>();
  final List<UUID> procedureRooms = new ArrayList<>();
  final List<UUID> consultRooms = new ArrayList<>();
  final List<UUID> patients = new ArrayList<>();
  final List<Gap> gaps = new ArrayList<>();
  int appointments;
  long cells;

  private final ZoneId zone;
  private final Random random;

  private LargeClinic(ZoneId zone, long seed) {
    this.zone = zone;
    this.random = new Random(seed);
  }

  static LargeClinic seed(Connection db, ZoneId zone, LocalDate today) throws SQLException {
    LargeClinic clinic = new LargeClinic(zone, 20261121L);
    db.setAutoCommit(false);
    try (Statement statement = db.createStatement()) {
      statement.execute("SET FOREIGN_KEY_CHECKS = 0");
    }
    clinic.resources(db);
    clinic.patients(db);
    int days = Integer.getInteger("bench.days", 182);
    clinic.appointments(db, today.minusDays(days), today.plusDays(days + 1), today);
    try (Statement statement = db.createStatement()) {
      statement.execute("SET FOREIGN_KEY_CHECKS = 1");
    }
    db.commit();
    return clinic;
  }

  private void resources(Connection db) throws SQLException {
    try (var clinician =
            db.prepareStatement(
                "insert into clinician (id, display_name, npi, active, version) values (?, ?, ?, true, 0)");
        var credential =
            db.prepareStatement(
                "insert into clinician_credential (clinician_id, procedure_type_code) values (?, ?)");
        var room =
            db.prepareStatement(
                "insert into room (id, name, kind, imaging_modalities, active, version) values (?, ?, ?, ?, true, 0)");
        var hours =
            db.prepareStatement(
                "insert into working_window (resource_kind, resource_id, day_of_week, start_time, end_time)"
                    + " values (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < CLINICIANS; i++) {
        UUID id = UUID.randomUUID();
        clinicians.add(id);
        clinician.setString(1, id.toString());
        clinician.setString(2, "Dr. Bench %02d".formatted(i));
        clinician.setString(3, npi(i));
        clinician.addBatch();
        for (String code : CREDENTIALS) {
          credential.setString(1, id.toString());
          credential.setString(2, code);
          credential.addBatch();
        }
        everyDay(hours, "CLINICIAN", id);
      }
      for (int i = 0; i < FLUOROSCOPY_ROOMS + ULTRASOUND_ROOMS + CONSULT_ROOMS; i++) {
        UUID id = UUID.randomUUID();
        boolean fluoroscopy = i < FLUOROSCOPY_ROOMS;
        boolean consult = i >= FLUOROSCOPY_ROOMS + ULTRASOUND_ROOMS;
        if (fluoroscopy) {
          fluoroscopyRooms.add(id);
        }
        (consult ? consultRooms : procedureRooms).add(id);
        room.setString(1, id.toString());
        room.setString(2, "Bench room %02d".formatted(i));
        room.setString(3, consult ? "CONSULT_ROOM" : "PROCEDURE_SUITE");
        room.setString(
            4,
            consult
                ? ""
                : fluoroscopy ? (i % 5 == 0 ? "CT,FLUOROSCOPY" : "FLUOROSCOPY") : "ULTRASOUND");
        room.addBatch();
        everyDay(hours, "ROOM", id);
      }
      clinician.executeBatch();
      credential.executeBatch();
      room.executeBatch();
      hours.executeBatch();
    }
  }

  /** A valid NPI: "9" and eight digits, then the check digit that makes it one. */
  private static String npi(int i) {
    String firstNine = "9%08d".formatted(i);
    for (int check = 0; check <= 9; check++) {
      try {
        return new Npi(firstNine + check).value();
      } catch (InvalidInputException wrongCheckDigit) {
        // exactly one digit is right
      }
    }
    throw new IllegalStateException("no check digit for " + firstNine);
  }

  private static void everyDay(PreparedStatement hours, String kind, UUID id) throws SQLException {
    for (int day = 1; day <= 7; day++) {
      hours.setString(1, kind);
      hours.setString(2, id.toString());
      hours.setInt(3, day);
      hours.setObject(4, OPENS);
      hours.setObject(5, CLOSES);
      hours.addBatch();
    }
  }

  private void patients(Connection db) throws SQLException {
    try (var patient =
        db.prepareStatement(
            "insert into patient (id, mrn, given_name, family_name, date_of_birth, sex, version)"
                + " values (?, ?, ?, ?, ?, ?, 0)")) {
      for (int i = 0; i < PATIENTS; i++) {
        UUID id = UUID.randomUUID();
        patients.add(id);
        patient.setString(1, id.toString());
        patient.setString(2, "B%09d".formatted(i));
        patient.setString(3, "Given" + i);
        patient.setString(4, "Family" + (i % 997));
        patient.setObject(5, LocalDate.of(1940, 1, 1).plusDays(i % 20_000));
        patient.setString(6, i % 2 == 0 ? "FEMALE" : "MALE");
        patient.addBatch();
        if (i % 2_000 == 1_999) {
          patient.executeBatch();
        }
      }
      patient.executeBatch();
    }
    db.commit();
  }

  private void appointments(Connection db, LocalDate first, LocalDate last, LocalDate today)
      throws SQLException {
    try (var appointment =
            db.prepareStatement(
                "insert into appointment (id, patient_id, kind, procedure_type_code, spinal_region, levels,"
                    + " laterality, clinician_id, room_id, start_at, end_at, turnover_minutes, held_until,"
                    + " status, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        var event =
            db.prepareStatement(
                "insert into appointment_event (appointment_id, seq, type, occurred_at, actor)"
                    + " values (?, 0, 'BOOKED', ?, 'seed')");
        var cell =
            db.prepareStatement(
                "insert into occupied_cell (resource_kind, resource_id, cell_start, appointment_id)"
                    + " values (?, ?, ?, ?)")) {
      int dayIndex = 0;
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1), dayIndex++) {
        boolean future = day.isAfter(today);
        int rooms = procedureRooms.size() + CONSULT_ROOMS;
        for (int r = 0; r < rooms; r++) {
          UUID clinician = clinicians.get((r + dayIndex * 7) % CLINICIANS);
          boolean consult = r >= procedureRooms.size();
          UUID room = consult ? consultRooms.get(r - procedureRooms.size()) : procedureRooms.get(r);
          boolean fluoroscopy = !consult && r < FLUOROSCOPY_ROOMS;
          fillRoomDay(day, future, clinician, room, consult, fluoroscopy, appointment, event, cell);
        }
        appointment.executeBatch();
        event.executeBatch();
        cell.executeBatch();
        db.commit();
      }
    }
  }

  private void fillRoomDay(
      LocalDate day,
      boolean future,
      UUID clinician,
      UUID room,
      boolean consult,
      boolean fluoroscopy,
      PreparedStatement appointment,
      PreparedStatement event,
      PreparedStatement cell)
      throws SQLException {
    Instant closes = day.atTime(CLOSES).atZone(zone).toInstant();
    Instant at = day.atTime(OPENS).atZone(zone).toInstant();
    while (at.plus(Duration.ofMinutes(40)).compareTo(closes) <= 0) {
      if (random.nextDouble() >= FILL) {
        if (future && fluoroscopy) {
          gaps.add(new Gap(clinician, room, at));
        }
        at = at.plus(Duration.ofMinutes(40));
        continue;
      }
      String type = null;
      Duration length = Duration.ofMinutes(30);
      Duration turnover = Duration.ZERO;
      if (!consult) {
        String[] chosen =
            fluoroscopy
                ? FLUOROSCOPY_PROCEDURES[random.nextInt(FLUOROSCOPY_PROCEDURES.length)]
                : new String[] {"SGB", "20"};
        type = chosen[0];
        length = Duration.ofMinutes(Integer.parseInt(chosen[1]));
        turnover = TURNOVER;
      }
      TimeSlot slot = TimeSlot.of(at, length);
      if (slot.end().plus(turnover).isAfter(closes)) {
        break;
      }
      UUID patient = patients.get(appointments % PATIENTS);
      UUID id = UUID.randomUUID();
      appointment.setString(1, id.toString());
      appointment.setString(2, patient.toString());
      appointment.setString(3, consult ? "CONSULT" : "PROCEDURE");
      appointment.setString(4, type);
      appointment.setString(
          5, consult || type.equals("SGB") || type.equals("SI_JOINT") ? null : "LUMBAR");
      appointment.setString(
          6, consult || type.equals("SGB") || type.equals("SI_JOINT") ? null : "L4-L5");
      appointment.setString(7, consult || type.equals("ESI_IL_LUMB") ? null : "LEFT");
      appointment.setString(8, clinician.toString());
      appointment.setString(9, room.toString());
      appointment.setObject(10, UtcTime.toColumn(slot.start()));
      appointment.setObject(11, UtcTime.toColumn(slot.end()));
      appointment.setInt(12, (int) turnover.toMinutes());
      appointment.setObject(13, UtcTime.toColumn(slot.end().plus(turnover)));
      appointment.setString(14, future ? "BOOKED" : "COMPLETED");
      appointment.addBatch();
      event.setString(1, id.toString());
      event.setObject(2, UtcTime.toColumn(slot.start().minus(Duration.ofDays(14))));
      event.addBatch();
      held(cell, "CLINICIAN", clinician, slot.extendedBy(turnover), id);
      held(cell, "ROOM", room, slot.extendedBy(turnover), id);
      held(cell, "PATIENT", patient, slot, id);
      appointments++;
      at = slot.end().plus(turnover);
    }
  }

  private void held(
      PreparedStatement cell, String kind, UUID resource, TimeSlot slot, UUID appointment)
      throws SQLException {
    for (Instant start : SchedulingGrid.cellsOf(slot)) {
      cell.setString(1, kind);
      cell.setString(2, resource.toString());
      cell.setObject(3, UtcTime.toColumn(start));
      cell.setString(4, appointment.toString());
      cell.addBatch();
      cells++;
    }
  }
}
