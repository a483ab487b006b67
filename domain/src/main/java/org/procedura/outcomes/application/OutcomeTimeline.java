package org.procedura.outcomes.application;

import jakarta.transaction.Transactional;
import java.util.Optional;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.catalog.model.SpinalRegion;
import org.procedura.history.model.OutsideProcedures;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.ReferralHistory;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.shared.model.NotFoundException;

/**
 * A patient's timeline (referrals, the procedures done here with their outcomes, and the current
 * procedures done elsewhere), and the durable-relief query the repeat rules read.
 *
 * <p>{@link #durableRelief} is the port for the rules engine (clinical-rules.md section 2): for the
 * patient's latest procedure of a type in a region, how long relief of at least 50 % has lasted,
 * from the day of the procedure to the last follow-up in an unbroken run still showing it. Empty
 * when the patient never had that procedure.
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

  @Transactional
  public Optional<DurableRelief> durableRelief(
      PatientId patient, ProcedureTypeCode type, SpinalRegion region) {
    return records.latest(patient, type, region).map(courses::of).map(ProcedureView::durableRelief);
  }
}
