package org.procedura.patient.model;

import java.time.LocalDate;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.PlausibleDates;

/** Who the patient is, as the front desk registers it. */
public record Demographics(
    PersonName name, LocalDate dateOfBirth, AdministrativeSex sex, ContactDetails contact) {
  public Demographics {
    Check.present(name, "name");
    Check.present(dateOfBirth, "dateOfBirth");
    Check.present(sex, "sex");
    contact = contact == null ? ContactDetails.NONE : contact;
  }

  /** Refuses a birth date outside the patient's history (see {@link PlausibleDates}). */
  Demographics checkedOn(LocalDate today) {
    PlausibleDates.inHistory(dateOfBirth, today, "dateOfBirth");
    return this;
  }
}
