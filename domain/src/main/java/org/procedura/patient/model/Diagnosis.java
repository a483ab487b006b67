package org.procedura.patient.model;

import java.time.LocalDate;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.PlausibleDates;

/**
 * A diagnosis with its ICD-10 code, in words, the side where a side applies, and the onset date
 * when known, from which the pain's duration and chronicity are derived.
 */
public record Diagnosis(
    Icd10Code code, String description, Laterality laterality, LocalDate onsetDate)
    implements ProfilePart {
  public Diagnosis {
    Check.present(code, "code");
    description = Check.text(description, "description", 200);
  }

  @Override
  public void checkOn(LocalDate today) {
    PlausibleDates.inHistory(onsetDate, today, "onsetDate");
  }

  @Override
  public LocalDate startedOn() {
    return onsetDate;
  }

  /**
   * How long the pain has lasted on {@code today}, or null when the onset is not known or, as
   * stored before the ranges were enforced, after today.
   */
  public PainDuration painDurationOn(LocalDate today) {
    return onsetDate == null || onsetDate.isAfter(today)
        ? null
        : new PainDuration(onsetDate, today);
  }
}
