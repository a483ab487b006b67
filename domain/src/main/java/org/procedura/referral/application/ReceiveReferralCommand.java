package org.procedura.referral.application;

import org.procedura.patient.application.RegisterPatientCommand;
import org.procedura.patient.model.PatientId;
import org.procedura.referral.model.ReferralDetails;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * Records a referral for a registered patient ({@code patientId}) or for a new one, registered in
 * the same step ({@code newPatient}); exactly one of the two.
 */
public record ReceiveReferralCommand(
    PatientId patientId, RegisterPatientCommand newPatient, ReferralDetails details) {
  public ReceiveReferralCommand {
    if ((patientId == null) == (newPatient == null)) {
      throw new InvalidInputException(
          "patientId", "give either patientId (a registered patient) or newPatient, not both");
    }
    Check.present(details, "details");
  }
}
