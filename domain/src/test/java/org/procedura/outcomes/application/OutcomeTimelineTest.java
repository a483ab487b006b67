package org.procedura.outcomes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.procedura.history.model.OutsideFixtures.ESI_TF_LUMB;
import static org.procedura.history.model.OutsideFixtures.NURSE;
import static org.procedura.history.model.OutsideFixtures.TODAY;
import static org.procedura.history.model.OutsideFixtures.anOutsideEsi;
import static org.procedura.patient.model.PatientFixtures.demographics;
import static org.procedura.patient.model.PatientFixtures.mrn;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.history.model.InMemoryOutsideProcedures;
import org.procedura.history.model.OutsideProcedure;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.InMemoryBaselines;
import org.procedura.outcomes.model.InMemoryFollowUps;
import org.procedura.outcomes.model.InMemoryProcedureRecords;
import org.procedura.outcomes.model.InMemoryReferralHistory;
import org.procedura.outcomes.model.OutcomeFixtures;
import org.procedura.outcomes.model.ProcedureRecord;
import org.procedura.outcomes.model.ReferralHistory;
import org.procedura.patient.model.InMemoryPatients;
import org.procedura.patient.model.Patient;
import org.procedura.patient.model.PatientId;
import org.procedura.scheduling.model.AppointmentId;
import org.procedura.scheduling.model.ClinicianId;
import org.procedura.shared.model.NotFoundException;

/** A patient's timeline gathered from in-memory ports, without Spring: the patient's own only. */
class OutcomeTimelineTest {
  private final InMemoryPatients patients = new InMemoryPatients();
  private final InMemoryReferralHistory referrals = new InMemoryReferralHistory();
  private final InMemoryProcedureRecords records = new InMemoryProcedureRecords();
  private final InMemoryOutsideProcedures outside = new InMemoryOutsideProcedures();
  private final OutcomeTimeline timeline =
      new OutcomeTimeline(
          patients,
          referrals,
          records,
          new ProcedureCourses(
              new InMemoryBaselines(), new InMemoryFollowUps(), ZoneId.of("America/New_York")),
          outside);
  private PatientId ada;
  private PatientId bea;

  @BeforeEach
  void registerTwoPatients() {
    ada = patients.save(Patient.register(mrn("MRN-0701"), demographics().build(), TODAY)).getId();
    bea = patients.save(Patient.register(mrn("MRN-0702"), demographics().build(), TODAY)).getId();
  }

  @Test
  void anUnknownPatientHasNoTimeline() {
    assertThatThrownBy(() -> timeline.of(PatientId.newId())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aPatientWithNothingYetHasAnEmptyTimeline() {
    PatientTimeline empty = timeline.of(ada);

    assertThat(empty.patient()).isEqualTo(ada);
    assertThat(empty.referrals()).isEmpty();
    assertThat(empty.procedures()).isEmpty();
    assertThat(empty.outsideProcedures()).isEmpty();
  }

  @Test
  void showsThePatientsReferralsTheEarliestFirstAndNoOneElses() {
    ReferralHistory.Entry later = referral(LocalDate.of(2026, 6, 2));
    ReferralHistory.Entry earlier = referral(LocalDate.of(2026, 3, 9));
    referrals.add(ada, later);
    referrals.add(ada, earlier);
    referrals.add(bea, referral(LocalDate.of(2026, 1, 5)));

    assertThat(timeline.of(ada).referrals()).containsExactly(earlier, later);
  }

  @Test
  void showsEachProcedureDoneHereAsItsCourse() {
    ProcedureRecord adas = records.save(completedFor(ada));
    records.save(completedFor(bea));

    assertThat(timeline.of(ada).procedures())
        .singleElement()
        .satisfies(
            view -> {
              assertThat(view.course()).isEqualTo(adas.getCourse());
              assertThat(view.record().getCompletedAt()).isEqualTo(OutcomeFixtures.DONE);
            });
  }

  @Test
  void showsTheCurrentProceduresDoneElsewhereButNotOneEnteredInError() {
    OutsideProcedure kept = outside.save(recordedFor(ada));
    OutsideProcedure wrong = outside.save(recordedFor(ada));
    wrong.enterInError(0L, "another patient's letter", NURSE);
    outside.save(wrong);
    outside.save(recordedFor(bea));

    assertThat(timeline.of(ada).outsideProcedures())
        .extracting(OutsideProcedure::getId)
        .containsExactly(kept.getId());
  }

  private static ReferralHistory.Entry referral(LocalDate receivedOn) {
    return new ReferralHistory.Entry(
        UUID.randomUUID(), receivedOn, "ACCEPTED", "lumbar radiculopathy", "ESI_TF_LUMB");
  }

  private static ProcedureRecord completedFor(PatientId patient) {
    return new ProcedureRecord(
        new FollowUp.Course(
            new AppointmentId(UUID.randomUUID()),
            patient,
            OutcomeFixtures.RFA,
            ClinicianId.newId()),
        SpinalRegion.LUMBAR,
        OutcomeFixtures.DONE,
        List.of(),
        List.of(),
        null);
  }

  private static OutsideProcedure recordedFor(PatientId patient) {
    return OutsideProcedure.record(patient, anOutsideEsi().build(), ESI_TF_LUMB, NURSE, TODAY);
  }
}
