package org.procedura.outcomes.application;

import jakarta.transaction.Transactional;
import java.util.Optional;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.Baselines;
import org.procedura.outcomes.model.DurableRelief;
import org.procedura.outcomes.model.ProcedureRecords;
import org.procedura.outcomes.model.ReferralHistory;
import org.procedura.outcomes.model.Scale;
import org.procedura.patient.model.PatientId;
import org.procedura.patient.model.Patients;
import org.procedura.scheduling.model.SpinalRegion;
import org.procedura.shared.model.NotFoundException;

/**
 * A patient's timeline, and the durable-relief query the repeat rules read.
 *
 * <p>{@link #durableRelief} is the port for the rules engine (clinical-rules.md section 2): for the
 * patient's latest procedure of a type in a region, how long relief of at least 50 % has lasted,
 * from the day of the procedure to the last follow-up in an unbroken run still showing it. Empty
 * when the patient never had that procedure. {@link #latestBaseline} gives them the patient's most
 * recent pre-procedure score on a scale (the NRS that vertebral augmentation asks for).
 */
public class OutcomeTimeline {
  private final Patients patients;
  private final ReferralHistory referrals;
  private final ProcedureRecords records;
  private final ProcedureCourses courses;
  private final Baselines baselines;

  public OutcomeTimeline(
      Patients patients,
      ReferralHistory referrals,
      ProcedureRecords records,
      ProcedureCourses courses,
      Baselines baselines) {
    this.patients = patients;
    this.referrals = referrals;
    this.records = records;
    this.courses = courses;
    this.baselines = baselines;
  }

  @Transactional
  public PatientTimeline of(PatientId patient) {
    patients.find(patient).orElseThrow(() -> new NotFoundException("patient", patient));
    return new PatientTimeline(
        patient,
        referrals.of(patient),
        records.ofPatient(patient).stream().map(courses::of).toList());
  }

  @Transactional
  public Optional<DurableRelief> durableRelief(
      PatientId patient, ProcedureTypeCode type, SpinalRegion region) {
    return records.latest(patient, type, region).map(courses::of).map(ProcedureView::durableRelief);
  }

  @Transactional
  public Optional<Baselines.Taken> latestBaseline(PatientId patient, Scale scale) {
    return baselines.latest(patient, scale);
  }
}
