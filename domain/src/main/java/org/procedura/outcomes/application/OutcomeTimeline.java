package org.procedura.outcomes.application;

import jakarta.transaction.Transactional;
import org.procedura.history.model.OutsideProcedures;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.ReferralHistory;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.shared.model.NotFoundException;

/**
 * A patient's timeline: referrals, the procedures done here with their outcomes, and the current
 * procedures done elsewhere. (The rules read what they need of it through their own chart.)
 */
public class OutcomeTimeline {
  private final Patients patients;
  private final ReferralHistory referrals;
  private final ProcedureRecords records;
  private final ProcedureCourses courses;
  private final OutsideProcedures outside;

  public OutcomeTimeline(
      Patients patients,
      ReferralHistory referrals,
      ProcedureRecords records,
      ProcedureCourses courses,
      OutsideProcedures outside) {
    this.patients = patients;
    this.referrals = referrals;
    this.records = records;
    this.courses = courses;
    this.outside = outside;
  }

  @Transactional
  public PatientTimeline of(PatientId patient) {
    patients.find(patient).orElseThrow(() -> new NotFoundException("patient", patient));
    return new PatientTimeline(
        patient,
        referrals.of(patient),
        records.ofPatient(patient).stream().map(courses::of).toList(),
        outside.of(patient));
  }
}
