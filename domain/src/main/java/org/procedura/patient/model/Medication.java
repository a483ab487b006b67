package org.procedura.patient.model;

import java.time.LocalDate;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.PlausibleDates;

/**
 * A medication the patient takes, its class for the anticoagulant hold rules, and the day staff
 * last confirmed with the patient that they still take it.
 */
public record Medication(
    String name, AntithromboticClass antithromboticClass, LocalDate lastConfirmedOn)
    implements ProfilePart {
  public Medication {
    name = Check.text(name, "name", 100);
    Check.present(antithromboticClass, "antithromboticClass");
    Check.present(lastConfirmedOn, "lastConfirmedOn");
  }

  @Override
  public void checkOn(LocalDate today) {
    PlausibleDates.inHistory(lastConfirmedOn, today, "lastConfirmedOn");
  }

  @Override
  public LocalDate startedOn() {
    return lastConfirmedOn;
  }
}
