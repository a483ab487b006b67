package org.procedura.patient.model;

import java.time.LocalDate;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.PlausibleDates;

/** The pregnancy status and the day it was checked; a check-in rule looks at how recent it is. */
public record Pregnancy(PregnancyStatus status, LocalDate checkedOn) {
  public Pregnancy {
    Check.present(status, "status");
    Check.present(checkedOn, "checkedOn");
  }

  Pregnancy checkedOn(LocalDate today) {
    PlausibleDates.inHistory(checkedOn, today, "checkedOn");
    return this;
  }
}
