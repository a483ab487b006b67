package org.procedura.console.web;

import java.time.LocalDate;
import java.util.UUID;
import org.procedura.outcomes.model.FollowUp;
import org.procedura.outcomes.model.FollowUpStatus;
import org.procedura.patient.model.Patient;

/**
 * A follow-up to call about, with the patient's name and phone, as the nurse's call list shows it.
 */
record CallListRow(
    UUID followUpId,
    UUID patientId,
    String patientName,
    String phone,
    String procedure,
    String label,
    LocalDate due,
    long version,
    FollowUpStatus status) {

  static CallListRow of(FollowUp followUp, Patient patient) {
    String phone = patient.getDemographics().contact().phone();
    return new CallListRow(
        followUp.getId().value(),
        patient.getId().value(),
        patient.getName().family() + ", " + patient.getName().given(),
        phone == null ? "no phone on file" : phone,
        followUp.getCourse().procedureType().value(),
        followUp.getLabel(),
        followUp.getWindow().due(),
        followUp.getVersion(),
        followUp.getStatus());
  }

  /** Still to be scored: the row offers the form. */
  public boolean open() {
    return status == FollowUpStatus.DUE || status == FollowUpStatus.MISSED;
  }
}
