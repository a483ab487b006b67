package org.procedura.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.procedura.shared.persistence.UtcTime;

/**
 * What the reports read, added to the large clinic's past half year with plain SQL: no-shows and
 * cancellations (some late), a referral for a quarter of the patients with its triage and the first
 * consult and procedure booked from it, and for every completed procedure its record, an NRS
 * baseline (and ODI where the protocol measures it), its protocol's follow-ups (done, missed,
 * closed or still due, as their windows and chance have it) and the scores of those done; and a
 * morning sample of the wait to the first free slot of every procedure type for each past day.
 */
final class ClinicHistory {
  private final Random random = new Random(20261201L);
  int records;
  int followUps;
  int referrals;

  static ClinicHistory seed(Connection db, LocalDate today, ZoneId zone) throws SQLException {
    ClinicHistory history = new ClinicHistory();
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      String past = "start_at < '" + UtcTime.toColumn(today.atStartOfDay(zone).toInstant()) + "'";
      s.executeUpdate(
          "update appointment set status = 'NO_SHOW' where " + past + " and crc32(id) % 25 = 0");
      s.executeUpdate(
          "update appointment set status = 'CANCELLED' where " + past + " and crc32(id) % 25 = 1");
      s.executeUpdate(
          "insert into appointment_event (appointment_id, seq, type, occurred_at, actor, note)"
              + " select id, 1, 'CANCELLED', timestampadd(HOUR, -(crc32(id) % 72), start_at),"
              + " 'seed', case when crc32(id) % 3 = 0 then 'Patient unwell' else 'Transport' end"
              + " from appointment where status = 'CANCELLED'");
    }
    db.commit();
    history.referrals(db, today);
    history.outcomes(db, today, zone);
    history.waitingTimes(db, today);
    try (Statement s = db.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 1");
    }
    db.commit();
    return history;
  }

  private void referrals(Connection db, LocalDate today) throws SQLException {
    List<String[]> firsts = new ArrayList<>(); // patient, kind, first start
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "select patient_id, kind, min(start_at) from appointment"
                    + " where status = 'COMPLETED' and crc32(patient_id) % 4 = 0"
                    + " group by patient_id, kind")) {
      while (rows.next()) {
        firsts.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
      }
    }
    Map<String, String> referralOf = new HashMap<>();
    try (PreparedStatement referral =
            db.prepareStatement(
                "insert into referral (id, patient_id, status, urgency, received_on, recorded_at,"
                    + " reason, physical_therapy_weeks, provider_name, provider_npi, version)"
                    + " values (?, ?, ?, 'ROUTINE', ?, ?, 'Low back pain', 6, 'Dr. Bench', '1234567893', 0)");
        PreparedStatement change =
            db.prepareStatement(
                "insert into referral_status_change (referral_id, entry_index, from_status,"
                    + " to_status, changed_at, changed_by) values (?, ?, ?, ?, ?, 'seed')");
        PreparedStatement link =
            db.prepareStatement(
                "update appointment set referral_id = ? where patient_id = ? and kind = ? and start_at = ?")) {
      for (String[] first : firsts) {
        String id = referralOf.get(first[0]);
        if (id == null) {
          id = UUID.randomUUID().toString();
          referralOf.put(first[0], id);
          LocalDate received = today.minusDays(190 + random.nextInt(60));
          boolean open = random.nextInt(10) == 0;
          referral.setString(1, id);
          referral.setString(2, first[0]);
          referral.setString(3, open ? "TRIAGED" : "SCHEDULED");
          referral.setObject(4, received);
          referral.setObject(5, received.atTime(9, 0));
          referral.addBatch();
          change.setString(1, id);
          change.setInt(2, 0);
          change.setString(3, "RECEIVED");
          change.setString(4, "TRIAGED");
          change.setObject(5, received.plusDays(random.nextInt(10)).atTime(15, 0));
          change.addBatch();
          referrals++;
        }
        link.setString(1, id);
        link.setString(2, first[0]);
        link.setString(3, first[1]);
        link.setString(4, first[2]);
        link.addBatch();
      }
      referral.executeBatch();
      change.executeBatch();
      link.executeBatch();
    }
    db.commit();
  }

  /** A morning sample of every procedure type for each day of the past half year. */
  private void waitingTimes(Connection db, LocalDate today) throws SQLException {
    List<String> types = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rows = s.executeQuery("select code from procedure_type")) {
      while (rows.next()) {
        types.add(rows.getString(1));
      }
    }
    try (PreparedStatement sample =
        db.prepareStatement(
            "insert into waiting_time_sample (sampled_on, procedure_type_code, first_slot_at,"
                + " wait_days, recorded_at) values (?, ?, ?, ?, ?)")) {
      for (LocalDate day = today.minusDays(182); day.isBefore(today); day = day.plusDays(1)) {
        for (String type : types) {
          int wait = random.nextInt(30);
          sample.setObject(1, day);
          sample.setString(2, type);
          sample.setObject(3, day.plusDays(wait).atTime(13, 0));
          sample.setInt(4, wait);
          sample.setObject(5, day.atTime(10, 30));
          sample.addBatch();
        }
      }
      sample.executeBatch();
    }
    db.commit();
  }

  private record Step(String label, String after, int windowDays) {}

  private void outcomes(Connection db, LocalDate today, ZoneId zone) throws SQLException {
    Map<String, List<Step>> protocols = new HashMap<>();
    Map<String, Boolean> odi = new HashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "select s.procedure_type_code, s.label, s.after_period, s.window_days, p.measures"
                    + " from follow_up_protocol_step s join follow_up_protocol p"
                    + " on p.procedure_type_code = s.procedure_type_code order by s.seq")) {
      while (rows.next()) {
        protocols
            .computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
            .add(new Step(rows.getString(2), rows.getString(3), rows.getInt(4)));
        odi.put(rows.getString(1), rows.getString(5).contains("ODI"));
      }
    }
    try (Statement s = db.createStatement();
        ResultSet rows =
            s.executeQuery(
                "select id, patient_id, procedure_type_code, clinician_id, spinal_region, end_at"
                    + " from appointment where kind = 'PROCEDURE' and status = 'COMPLETED'");
        PreparedStatement record =
            db.prepareStatement(
                "insert into procedure_record (appointment_id, patient_id, procedure_type_code,"
                    + " physician_id, spinal_region, completed_at, version) values (?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement followUp =
            db.prepareStatement(
                "insert into follow_up (id, procedure_id, patient_id, procedure_type_code,"
                    + " physician_id, label, due_on, window_opens_on, window_closes_on, status,"
                    + " done_at, done_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement measure =
            db.prepareStatement(
                "insert into outcome_measure (procedure_id, measured_at_point, measure_scale,"
                    + " patient_id, score, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, 'seed')")) {
      while (rows.next()) {
        String id = rows.getString(1);
        String patient = rows.getString(2);
        String type = rows.getString(3);
        Instant completed = UtcTime.fromColumn(rows.getObject(6, LocalDateTime.class));
        record.setString(1, id);
        record.setString(2, patient);
        record.setString(3, type);
        record.setString(4, rows.getString(4));
        record.setString(5, rows.getString(5));
        record.setObject(6, UtcTime.toColumn(completed));
        record.addBatch();
        int baseline = 5 + random.nextInt(6);
        int baselineOdi = 30 + random.nextInt(40);
        boolean measuresOdi = odi.getOrDefault(type, false);
        score(measure, id, "BASELINE", "NRS", patient, baseline, completed);
        if (measuresOdi) {
          score(measure, id, "BASELINE", "ODI", patient, baselineOdi, completed);
        }
        LocalDate day = LocalDate.ofInstant(completed, zone);
        int relief = random.nextInt(baseline + 1);
        for (Step step : protocols.getOrDefault(type, List.of())) {
          LocalDate due = day.plus(java.time.Period.parse(step.after()));
          LocalDate closes = due.plusDays(step.windowDays());
          String status = status(closes.isBefore(today), !due.isAfter(today));
          String followUpId = UUID.randomUUID().toString();
          Instant doneAt =
              status.equals("DONE") ? due.atTime(11, 0).atZone(zone).toInstant() : null;
          followUp.setString(1, followUpId);
          followUp.setString(2, id);
          followUp.setString(3, patient);
          followUp.setString(4, type);
          followUp.setString(5, rows.getString(4));
          followUp.setString(6, step.label());
          followUp.setObject(7, due);
          followUp.setObject(8, due.minusDays(step.windowDays()));
          followUp.setObject(9, closes);
          followUp.setString(10, status);
          followUp.setObject(11, UtcTime.toColumn(doneAt));
          followUp.setString(12, doneAt == null ? null : "seed");
          followUp.addBatch();
          followUps++;
          if (doneAt != null) {
            relief = Math.max(0, Math.min(baseline, relief + random.nextInt(3) - 1));
            score(measure, id, followUpId, "NRS", patient, baseline - relief, doneAt);
            score(measure, id, followUpId, "PGIC", patient, 1 + random.nextInt(7), doneAt);
            if (measuresOdi) {
              score(
                  measure,
                  id,
                  followUpId,
                  "ODI",
                  patient,
                  baselineOdi - random.nextInt(25),
                  doneAt);
            }
          }
        }
        if (++records % 5_000 == 0) {
          record.executeBatch();
          followUp.executeBatch();
          measure.executeBatch();
          db.commit();
        }
      }
      record.executeBatch();
      followUp.executeBatch();
      measure.executeBatch();
    }
    db.commit();
  }

  private String status(boolean windowClosed, boolean due) {
    if (!windowClosed) {
      return due && random.nextInt(2) == 0 ? "DONE" : "DUE";
    }
    int roll = random.nextInt(20);
    return roll < 16 ? "DONE" : roll < 18 ? "MISSED" : roll < 19 ? "CLOSED" : "DUE";
  }

  private static void score(
      PreparedStatement measure,
      String procedure,
      String point,
      String scale,
      String patient,
      int score,
      Instant at)
      throws SQLException {
    measure.setString(1, procedure);
    measure.setString(2, point);
    measure.setString(3, scale);
    measure.setString(4, patient);
    measure.setInt(5, score);
    measure.setObject(6, UtcTime.toColumn(at));
    measure.addBatch();
  }
}
