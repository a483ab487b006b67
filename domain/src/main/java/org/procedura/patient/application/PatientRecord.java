package org.procedura.patient.application;

import java.util.List;
import org.procedura.patient.model.Patient;

/**
 * A patient as shown to staff, with the other registered patients who share name and date of birth
 * and so may be the same person registered twice.
 */
public record PatientRecord(Patient patient, List<Patient> possibleDuplicates) {
  public PatientRecord {
    possibleDuplicates = List.copyOf(possibleDuplicates);
  }
}
