package org.procedura.patient.application;

import java.time.LocalDate;
import org.procedura.patient.model.ClinicalProfile;
import org.procedura.patient.model.Diagnosis;
import org.procedura.patient.model.PainDuration;
import org.procedura.shared.model.Check;

/**
 * A clinical profile as shown to staff on {@code today} (in the clinic's zone), the day the derived
 * values such as pain duration are computed for.
 */
public record ClinicalProfileView(ClinicalProfile profile, LocalDate today) {
  public ClinicalProfileView {
    Check.present(profile, "profile");
    Check.present(today, "today");
  }

  /** How long the pain of the diagnosis has lasted today, or null when its onset is not known. */
  public PainDuration painDuration(Diagnosis diagnosis) {
    return diagnosis.painDurationOn(today);
  }
}
