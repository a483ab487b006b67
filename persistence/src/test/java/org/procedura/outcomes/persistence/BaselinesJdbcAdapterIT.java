package org.procedura.outcomes.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.scheduling.persistence.SchedulingFixtures.clinician;
import static org.procedura.scheduling.persistence.SchedulingFixtures.nextMonday9am;
import static org.procedura.scheduling.persistence.SchedulingFixtures.patient;
import static org.procedura.scheduling.persistence.SchedulingFixtures.procedure;
import static org.procedura.scheduling.persistence.SchedulingFixtures.room;

import java.time.Instant;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.procedura.outcomes.model.Baselines;
import org.procedura.outcomes.model.Measure;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.ConflictException;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class BaselinesJdbcAdapterIT extends RealDatabaseTest {
  private static final Stamp BY_THE_NURSE =
      new Stamp(Instant.parse("2027-02-26T15:00:00Z"), new Actor("nurse.ng"));
  private static final Stamp AT_CHECK_IN =
      new Stamp(Instant.parse("2027-03-01T13:10:00Z"), new Actor("nurse.kim"));
  private static final Measure ODI = Measure.of(Scale.ODI, null, Collections.nCopies(10, 2));

  @Autowired Baselines baselines;
  @Autowired Appointments appointments;
  @Autowired Patients patients;
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired TransactionTemplate transaction;

  @Test
  void keepsOneBaselinePerScaleAndWhoRecordedTheLatest() {
    Appointment booked = anAppointment();

    add(booked, Measure.nrs(7), BY_THE_NURSE);
    add(booked, ODI, AT_CHECK_IN);

    var baseline = baselines.of(booked.getId());
    assertThat(baseline).containsOnlyKeys(Scale.NRS, Scale.ODI);
    assertThat(baseline.get(Scale.NRS).score()).isEqualByComparingTo("7");
    assertThat(baseline.get(Scale.ODI).score()).isEqualByComparingTo(ODI.score());
    assertThat(baseline.get(Scale.ODI).items()).isEqualTo(ODI.items());
    assertThat(baselines.lastRecorded(booked.getId())).contains(AT_CHECK_IN);
  }

  @Test
  void aSecondBaselineOnARecordedScaleIsAConflictAndKeepsTheFirst() {
    Appointment booked = anAppointment();
    add(booked, Measure.nrs(7), BY_THE_NURSE);

    assertThatThrownBy(() -> add(booked, Measure.nrs(4), AT_CHECK_IN))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("BASELINE_RECORDED"));
    assertThat(baselines.of(booked.getId()).get(Scale.NRS).score()).isEqualByComparingTo("7");
    assertThat(baselines.lastRecorded(booked.getId())).contains(BY_THE_NURSE);
  }

  @Test
  void aCorrectionReplacesTheScoreOnItsScaleOnly() {
    Appointment booked = anAppointment();
    add(booked, Measure.nrs(7), BY_THE_NURSE);
    add(booked, ODI, BY_THE_NURSE);

    transaction.executeWithoutResult(
        s -> baselines.replace(booked.getId(), booked.getPatient(), Measure.nrs(5), AT_CHECK_IN));

    var baseline = baselines.of(booked.getId());
    assertThat(baseline.get(Scale.NRS).score()).isEqualByComparingTo("5");
    assertThat(baseline.get(Scale.ODI).items()).isEqualTo(ODI.items());
    assertThat(baselines.lastRecorded(booked.getId())).contains(AT_CHECK_IN);
  }

  @Test
  void aProcedureWithoutABaselineHasNone() {
    Appointment booked = anAppointment();

    assertThat(baselines.of(booked.getId())).isEmpty();
    assertThat(baselines.lastRecorded(booked.getId())).isEmpty();
  }

  private void add(Appointment booked, Measure measure, Stamp stamp) {
    transaction.executeWithoutResult(
        s -> baselines.add(booked.getId(), booked.getPatient(), measure, stamp));
  }

  private Appointment anAppointment() {
    return transaction.execute(
        s ->
            appointments.save(
                procedure(
                    patients.save(patient()),
                    clinicians.save(clinician()),
                    rooms.save(room()),
                    nextMonday9am())));
  }
}
