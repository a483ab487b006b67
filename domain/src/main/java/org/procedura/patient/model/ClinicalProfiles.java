package org.procedura.patient.model;

import java.util.Optional;

/** The clinical profiles, one per patient. */
public interface ClinicalProfiles {

  Optional<ClinicalProfile> find(PatientId patientId);

  /**
   * Stores a new profile or the changes to a loaded one and returns it with its new version.
   *
   * @throws org.procedura.shared.model.StaleVersionException when another change came first
   */
  ClinicalProfile save(ClinicalProfile profile);
}
