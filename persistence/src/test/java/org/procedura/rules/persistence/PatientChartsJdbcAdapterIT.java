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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.referral.model.ConservativeCare;
import org.procedura.referral.model.Referral;
import org.procedura.referral.model.ReferralDetails;
import org.procedura.referral.model.ReferralDiagnosis;
import org.procedura.referral.model.Referrals;
import org.procedura.referral.model.ReferringProvider;
import org.procedura.referral.model.Urgency;
import org.procedura.rules.model.DocumentKind;
import org.procedura.rules.model.DocumentOnRecord;
import org.procedura.rules.model.PastProcedure;
import org.procedura.rules.model.PatientChart;
import org.procedura.rules.model.PatientCharts;
import org.procedura.rules.model.PatientDocuments;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.Appointments;
import org.procedura.scheduling.model.Clinicians;
import org.procedura.scheduling.model.Rooms;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Npi;
import org.procedura.shared.model.Stamp;
import org.procedura.testing.RealDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chart the rules decide on, read from the other features' tables: the facts of accepted
 * referrals only, the documents on file, and the procedures booked here.
 */
@SpringBootTest
class PatientChartsJdbcAdapterIT extends RealDatabaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  private static final Stamp RECEIVED =
      new Stamp(Instant.parse("2026-11-21T12:00:00Z"), new Actor("frontdesk"));
  private static final Stamp DECIDED =
      new Stamp(Instant.parse("2026-11-21T15:00:00Z"), new Actor("dr.okafor"));

  @Autowired PatientCharts charts;
  @Autowired Patients patients;
  @Autowired Referrals referrals;
  @Autowired PatientDocuments documents;
  @Autowired Appointments appointments;
  @Autowired Clinicians clinicians;
  @Autowired Rooms rooms;
  @Autowired TransactionTemplate transaction;

  @Test
  void aPatientNotRegisteredHasNoChart() {
    assertThat(charts.of(PatientId.newId())).isEmpty();
  }

  @Test
  void theFactsOfAnAcceptedReferralCountAndThoseOfAnUndecidedOneDoNot() {
    PatientId patient = aPatient();
    Referral accepted = referral(patient, TODAY.minusMonths(5), 6, "M54.16");
    accepted.triage("routine", DECIDED);
    accepted.accept("facet pain likely", DECIDED);
    save(accepted);
    save(referral(patient, TODAY.minusYears(2), 12, "M47.816"));

    PatientChart chart = charts.of(patient).orElseThrow();

    assertThat(chart.facts().painOnset()).isEqualTo(TODAY.minusMonths(5));
    assertThat(chart.facts().conservativeCareWeeks()).isEqualTo(6);
    assertThat(chart.facts().diagnoses()).containsExactly("M54.16");
    assertThat(chart.ruleSet()).isNull();
    assertThat(chart.antithrombotics()).isEmpty();
  }

  @Test
  void holdsTheDocumentsOnFileAndTheProceduresBookedHere() {
    PatientId patient = aPatient();
    transaction.executeWithoutResult(
        s ->
            documents.add(
                new DocumentOnRecord(
                    UUID.randomUUID(),
                    patient,
                    DocumentKind.PSYCHOLOGICAL_EVALUATION,
                    TODAY,
                    "letter",
                    "nurse.ng",
                    RECEIVED.at())));
    Appointment booked =
        transaction.execute(
            s ->
                appointments.save(
                    procedure(
                        patients.find(patient).orElseThrow(),
                        clinicians.save(clinician()),
                        rooms.save(room()),
                        nextMonday9am())));

    PatientChart chart = charts.of(patient).orElseThrow();

    assertThat(chart.facts().documentsOnFile())
        .containsExactly(DocumentKind.PSYCHOLOGICAL_EVALUATION);
    assertThat(chart.procedures())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.source()).isEqualTo(PastProcedure.Source.BOOKED_HERE);
              assertThat(p.appointment()).isEqualTo(booked.getId().value());
              assertThat(p.procedure().type()).isEqualTo(new ProcedureTypeCode("ESI_TF_LUMB"));
            });
    assertThat(chart.proceduresBesides(booked.getId().value())).isEmpty();
  }

  private PatientId aPatient() {
    return transaction.execute(s -> patients.save(patient())).getId();
  }

  private void save(Referral referral) {
    transaction.executeWithoutResult(s -> referrals.save(referral));
  }

  private static Referral referral(
      PatientId patient, LocalDate painOnset, int therapyWeeks, String diagnosis) {
    return Referral.receive(
        patient,
        new ReferralDetails(
            new ReferringProvider("Dr. Jane Family", new Npi("1234567893"), null, null),
            TODAY.minusDays(3),
            "Low back pain",
            List.of(new ReferralDiagnosis(new Icd10Code(diagnosis), null, null)),
            painOnset,
            new ConservativeCare(therapyWeeks, List.of(), null),
            Urgency.ROUTINE,
            new ProcedureTypeCode("MBB_LUMB"),
            null),
        RECEIVED,
        TODAY);
  }
}
