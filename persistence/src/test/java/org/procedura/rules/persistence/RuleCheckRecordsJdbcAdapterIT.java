package org.procedura.rules.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.procedura.scheduling.persistence.SchedulingFixtures.clinician;
import static org.procedura.scheduling.persistence.SchedulingFixtures.nextMonday9am;
import static org.procedura.scheduling.persistence.SchedulingFixtures.patient;
import static org.procedura.scheduling.persistence.SchedulingFixtures.procedure;
import static org.procedura.scheduling.persistence.SchedulingFixtures.room;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.procedura.patient.model.AntithromboticClass;
import org.procedura.patient.model.Patients;
import org.procedura.rules.model.Finding;
import org.procedura.rules.model.RuleCheckRecords;
import org.procedura.rules.model.Severity;
import org.procedura.scheduling.model.Acknowledgement;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.CheckedRules;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.model.Actor;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class RuleCheckRecordsJdbcAdapterIT extends RealDatabaseTest {
  private static final HoldInstruction APIXABAN =
      new HoldInstruction(
          "Apixaban 5 mg",
          "APIXABAN",
          LocalDate.of(2027, 2, 25),
          Instant.parse("2027-03-02T14:30:00Z"));

  @Autowired RuleCheckRecords records;
  @Autowired Appointments appointments;
  @Autowired Patients patients;
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired TransactionTemplate transaction;

  @Test
  void keepsTheSetCheckedAgainstWhatWasAcknowledgedByWhomAndTheHolds() {
    AppointmentId booked = anAppointment();
    var acknowledgement =
        new Acknowledgement(
            new Actor("dr.okafor"), true, "cardiology agrees", Set.of("ANTITHROMBOTIC_HOLD"));

    transaction.executeWithoutResult(
        s ->
            records.record(
                booked,
                new CheckedRules(
                    "MEDICARE_DEFAULT",
                    1,
                    Set.of("ANTITHROMBOTIC_HOLD"),
                    acknowledgement,
                    List.of(APIXABAN))));

    assertThat(records.of(booked))
        .hasValueSatisfying(
            check -> {
              assertThat(check.ruleSetCode()).isEqualTo("MEDICARE_DEFAULT");
              assertThat(check.ruleSetVersion()).isEqualTo(1);
              assertThat(check.acknowledgedRules()).containsExactly("ANTITHROMBOTIC_HOLD");
              assertThat(check.acknowledgedBy()).isEqualTo("dr.okafor");
              assertThat(check.acknowledgementReason()).isEqualTo("cardiology agrees");
              assertThat(check.holds()).containsExactly(APIXABAN);
              assertThat(check.heldSince())
                  .isEqualTo(Map.of(AntithromboticClass.APIXABAN, APIXABAN.lastDoseOn()));
              assertThat(check.atCheckIn()).isNull();
            });
    assertThat(records.holdsOf(booked)).containsExactly(APIXABAN);
  }

  @Test
  void aCheckWithoutRuleSetOrAcknowledgementIsKeptAsSuch() {
    AppointmentId booked = anAppointment();

    transaction.executeWithoutResult(s -> records.record(booked, CheckedRules.NOTHING));

    assertThat(records.of(booked))
        .hasValueSatisfying(
            check -> {
              assertThat(check.ruleSetCode()).isNull();
              assertThat(check.acknowledgedRules()).isEmpty();
              assertThat(check.acknowledgedBy()).isNull();
              assertThat(check.holds()).isEmpty();
            });
  }

  @Test
  void theLatestCheckAtCheckInReplacesAnEarlierOne() {
    AppointmentId booked = anAppointment();
    transaction.executeWithoutResult(s -> records.record(booked, CheckedRules.NOTHING));
    Instant first = Instant.parse("2027-03-01T13:00:00Z");
    Instant second = Instant.parse("2027-03-01T13:20:00Z");

    transaction.executeWithoutResult(
        s -> {
          records.recordAtCheckIn(
              booked, "MEDICARE_DEFAULT", 1, List.of(finding("CHECK_IN", Severity.BLOCK)), first);
          records.recordAtCheckIn(
              booked,
              "MEDICARE_DEFAULT",
              1,
              List.of(
                  finding("ANTITHROMBOTIC_HOLD", Severity.WARN),
                  finding("ANTITHROMBOTIC_HOLD", Severity.WARN)),
              second);
        });

    assertThat(records.of(booked).orElseThrow().atCheckIn())
        .satisfies(
            atCheckIn -> {
              assertThat(atCheckIn.findings()).containsExactly("ANTITHROMBOTIC_HOLD:WARN");
              assertThat(atCheckIn.checkedAt()).isEqualTo(second);
            });
  }

  @Test
  void anAppointmentNeverCheckedHasNoCheckAndNoHolds() {
    AppointmentId booked = anAppointment();

    assertThat(records.of(booked)).isEmpty();
    assertThat(records.holdsOf(booked)).isEmpty();
  }

  private AppointmentId anAppointment() {
    return transaction.execute(
        s ->
            appointments
                .save(
                    procedure(
                        patients.save(patient()),
                        clinicians.save(clinician()),
                        rooms.save(room()),
                        nextMonday9am()))
                .getId());
  }

  private static Finding finding(String rule, Severity severity) {
    return new Finding(rule, severity, "found", Map.of(), "way out", null);
  }
}
