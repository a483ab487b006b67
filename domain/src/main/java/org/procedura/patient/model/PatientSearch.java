package org.procedura.patient.model;

import java.time.LocalDate;
import java.util.Locale;
import org.procedura.shared.model.Check;
import org.procedura.shared.model.InvalidInputException;

/**
 * What the front desk knows when looking a patient up; criteria combine with AND. A name fragment
 * matches anywhere in the given or the family name, ignoring case.
 */
public record PatientSearch(String nameFragment, LocalDate dateOfBirth, MedicalRecordNumber mrn) {
  static final int SHORTEST_FRAGMENT = 2;

  public PatientSearch {
    nameFragment = Check.optionalText(nameFragment, "name", 100);
    if (nameFragment != null) {
      if (nameFragment.length() < SHORTEST_FRAGMENT) {
        throw new InvalidInputException(
            "name", "name must have at least " + SHORTEST_FRAGMENT + " letters");
      }
      nameFragment = nameFragment.toLowerCase(Locale.ROOT);
    }
    if (nameFragment == null && dateOfBirth == null && mrn == null) {
      throw new InvalidInputException(
          "name", "give at least one of name, dateOfBirth or mrn to search patients");
    }
  }
}
