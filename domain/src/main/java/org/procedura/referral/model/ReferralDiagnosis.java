package org.procedura.referral.model;

import org.procedura.patient.model.Icd10Code;
import org.procedura.patient.model.Laterality;
import org.procedura.shared.model.Check;

/** A diagnosis as the referral states it: ICD-10 code, optionally in words and with a side. */
public record ReferralDiagnosis(Icd10Code code, String description, Laterality laterality) {
  public ReferralDiagnosis {
    Check.present(code, "diagnoses.code");
    description = Check.optionalText(description, "diagnoses.description", 200);
  }
}
