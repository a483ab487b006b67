package org.procedura.patient.model;

import java.time.LocalDate;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/** Who the patient is, as the front desk registers it. */
public record Demographics(
    PersonName name, LocalDate dateOfBirth, AdministrativeSex sex, ContactDetails contact) {
  static final int OLDEST_AGE_YEARS = 130;

  public Demographics {
    Check.present(name, "name");
    Check.present(dateOfBirth, "dateOfBirth");
    Check.present(sex, "sex");
    contact = contact == null ? ContactDetails.NONE : contact;
  }

  /** Refuses a birth date after today or implausibly long ago. */
  Demographics checkedOn(LocalDate today) {
    if (dateOfBirth.isAfter(today)) {
      throw new InvalidInputException("dateOfBirth", "dateOfBirth cannot be in the future");
    }
    if (dateOfBirth.isBefore(today.minusYears(OLDEST_AGE_YEARS))) {
      throw new InvalidInputException(
          "dateOfBirth", "dateOfBirth is more than " + OLDEST_AGE_YEARS + " years ago");
    }
    return this;
  }
}
